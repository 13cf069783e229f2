#include "identity.hpp"

namespace coach::eccentric_strength {

std::vector<std::string> sources() {
    return {
        "Whitt M, PT, DPT (@dr.whitt.fit): blog post on eccentric strength training to "
        "rehabilitate hamstring strains in runners (slider curl, hip thrust, deadlift to RDL "
        "circuit; pain up to 4/10; maintenance)",
        "Whitt M, PT, DPT (@dr.whitt.fit): runners' newsletter on hamstring pain and soreness "
        "(no stretching of an injured hamstring, no early single-leg RDLs, pain-relieving "
        "exercises first)",
        "Heiderscheit BC, Sherry MA, Silder A, Chumanov ES, Thelen DG. Hamstring strain injuries: "
        "recommendations for diagnosis, rehabilitation, and injury prevention. J Orthop Sports "
        "Phys Ther. 2010;40(2):67-81 (phase I: protected, submaximal work before any loaded "
        "lengthening)",
        "Silbernagel KG, Thomee R, Eriksson BI, Karlsson J. Continued sports activity, using a "
        "pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a "
        "randomized controlled study. Am J Sports Med. 2007;35(6):897-906 (a load that pain "
        "does not allow is reduced)",
    };
}

PhilosophyInfo describe() {
    return {
        .id = std::string{philosophy_id},
        .name = "Eccentric strength-first",
        .version = std::string{philosophy_version},
        .summary =
            "Load the hamstring early with a two-legs-to-one-leg eccentric circuit "
            "(slider curl, hip thrust, deadlift to RDL) instead of rest and stretching, "
            "then keep one strength session a week for good.",
        .injuries = {"hamstring"},
        .pain_ceiling = pain_ceiling,
        .sources = sources(),
        .exercises = {},
    };
}

}  // namespace coach::eccentric_strength
