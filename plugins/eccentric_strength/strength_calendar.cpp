#include "strength_calendar.hpp"

namespace coach::eccentric_strength {

int days_to_next_session(Cadence cadence, int session_number) {
    switch (cadence) {
        case Cadence::three_a_week:
            return session_number % 3 == 2 ? 3 : 2;
        case Cadence::two_a_week:
            return session_number % 2 == 0 ? 3 : 4;
        case Cadence::once_a_week:
            return 7;
        case Cadence::none:
            return 1;
    }
    return 7;
}

std::vector<Date> strength_days(Date first, Date last,
                                const std::function<Cadence(Date)>& cadence_on) {
    std::vector<Date> days;
    int session_number = 0;
    for (Date day = first; day <= last;) {
        const Cadence cadence = cadence_on(day);
        if (cadence == Cadence::none) {
            day += 1;
            continue;
        }
        days.push_back(day);
        day += days_to_next_session(cadence, session_number);
        ++session_number;
    }
    return days;
}

Date rehab_session_day(Date first, int session_number) {
    Date day = first;
    for (int session = 0; session < session_number; ++session) {
        day += days_to_next_session(Cadence::three_a_week, session);
    }
    return day;
}

}  // namespace coach::eccentric_strength
