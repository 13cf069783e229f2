#include "isolation/worker_protocol.hpp"

#include <boost/json.hpp>
#include <limits>

namespace coach::isolation {

namespace json = boost::json;

namespace {

json::array string_array(const std::vector<std::string>& strings) {
    json::array out;
    for (const auto& text : strings) {
        out.emplace_back(text);
    }
    return out;
}

json::object write_info(const PhilosophyInfo& info) {
    json::array exercises;
    for (const auto& exercise : info.exercises) {
        exercises.push_back({{"id", exercise.id},
                             {"category", to_string(exercise.category)},
                             {"name", exercise.name}});
    }
    return {{"id", info.id},
            {"name", info.name},
            {"version", info.version},
            {"summary", info.summary},
            {"injuries", string_array(info.injuries)},
            {"pain_ceiling", info.pain_ceiling},
            {"sources", string_array(info.sources)},
            {"exercises", std::move(exercises)}};
}

std::optional<std::string> text_of(const json::object& object, std::string_view key) {
    const auto* value = object.if_contains(key);
    if (value == nullptr || !value->is_string()) {
        return std::nullopt;
    }
    return std::string{value->get_string()};
}

std::optional<long long> integer_of(const json::object& object, std::string_view key) {
    const auto* value = object.if_contains(key);
    if (value == nullptr || !value->is_int64()) {
        return std::nullopt;
    }
    return value->get_int64();
}

std::optional<std::vector<std::string>> strings_of(const json::object& object,
                                                   std::string_view key) {
    const auto* value = object.if_contains(key);
    if (value == nullptr || !value->is_array()) {
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const auto& element : value->get_array()) {
        if (!element.is_string()) {
            return std::nullopt;
        }
        out.emplace_back(element.get_string());
    }
    return out;
}

std::optional<DeclaredExercise> read_exercise(const json::value& value) {
    if (!value.is_object()) {
        return std::nullopt;
    }
    const auto& object = value.get_object();
    auto id = text_of(object, "id");
    auto category = text_of(object, "category");
    auto name = text_of(object, "name");
    if (!id || !category || !name || !parse_enum<Category>(*category)) {
        return std::nullopt;
    }
    return DeclaredExercise{std::move(*id), *parse_enum<Category>(*category), std::move(*name)};
}

std::optional<PhilosophyInfo> read_info(const json::value& value) {
    if (!value.is_object()) {
        return std::nullopt;
    }
    const auto& object = value.get_object();
    PhilosophyInfo info;
    auto id = text_of(object, "id");
    auto name = text_of(object, "name");
    auto version = text_of(object, "version");
    auto summary = text_of(object, "summary");
    auto injuries = strings_of(object, "injuries");
    auto pain_ceiling = integer_of(object, "pain_ceiling");
    auto sources = strings_of(object, "sources");
    const auto* exercises = object.if_contains("exercises");
    if (!id || !name || !version || !summary || !injuries || !pain_ceiling || !sources
        || exercises == nullptr || !exercises->is_array()
        || *pain_ceiling < std::numeric_limits<int>::min()
        || *pain_ceiling > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    info.id = std::move(*id);
    info.name = std::move(*name);
    info.version = std::move(*version);
    info.summary = std::move(*summary);
    info.injuries = std::move(*injuries);
    info.pain_ceiling = static_cast<int>(*pain_ceiling);
    info.sources = std::move(*sources);
    for (const auto& element : exercises->get_array()) {
        auto exercise = read_exercise(element);
        if (!exercise) {
            return std::nullopt;
        }
        info.exercises.push_back(std::move(*exercise));
    }
    return info;
}

}  // namespace

std::string encode_hello(const Hello& hello) {
    json::object out{{"type", "hello"}};
    if (!hello.error.empty()) {
        out["error"] = hello.error;
        return json::serialize(out);
    }
    json::array philosophies;
    for (const auto& info : hello.philosophies) {
        philosophies.push_back(write_info(info));
    }
    out["philosophies"] = std::move(philosophies);
    out["refused"] = string_array(hello.refused);
    return json::serialize(out);
}

std::string encode_plan_request(const PlanRequest& request) {
    return json::serialize(json::object{{"type", "plan"},
                                        {"philosophy", request.philosophy},
                                        {"as_of", request.as_of.iso()},
                                        {"horizon_days", request.horizon_days}});
}

std::string encode_plan_follows() {
    return R"({"type":"plan"})";
}

std::string encode_failed(std::string_view error) {
    return json::serialize(json::object{{"type", "failed"}, {"error", error}});
}

std::string encode_log(std::string_view level, std::string_view message) {
    return json::serialize(json::object{{"type", "log"}, {"level", level}, {"message", message}});
}

std::optional<Message> parse_message(std::string_view text) {
    json::parse_options options;
    options.allow_invalid_utf8 = true;  // file names and plugin messages are bytes, not UTF-8
    std::error_code error;
    auto value = json::parse(text, error, {}, options);
    if (error || !value.is_object()) {
        return std::nullopt;
    }
    auto type = text_of(value.get_object(), "type");
    if (!type) {
        return std::nullopt;
    }
    return Message{std::move(*type), std::move(value.get_object())};
}

std::optional<Hello> read_hello(const json::object& body) {
    Hello hello;
    if (auto error = text_of(body, "error")) {
        hello.error = error->empty() ? "refused without a reason" : std::move(*error);
        return hello;
    }
    const auto* philosophies = body.if_contains("philosophies");
    auto refused = strings_of(body, "refused");
    if (philosophies == nullptr || !philosophies->is_array() || !refused) {
        return std::nullopt;
    }
    for (const auto& element : philosophies->get_array()) {
        auto info = read_info(element);
        if (!info) {
            return std::nullopt;
        }
        hello.philosophies.push_back(std::move(*info));
    }
    hello.refused = std::move(*refused);
    return hello;
}

std::optional<PlanRequest> read_plan_request(const json::object& body) {
    const auto philosophy = integer_of(body, "philosophy");
    const auto as_of = text_of(body, "as_of");
    const auto horizon_days = integer_of(body, "horizon_days");
    if (!philosophy || *philosophy < 0 || !as_of || !Date::parse(*as_of) || !horizon_days
        || *horizon_days < 1 || *horizon_days > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return PlanRequest{static_cast<std::size_t>(*philosophy), *Date::parse(*as_of),
                       static_cast<int>(*horizon_days)};
}

}  // namespace coach::isolation
