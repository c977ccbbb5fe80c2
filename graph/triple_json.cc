#include "graph/triple_json.h"

#include <nlohmann/json.hpp>

#include "graph/cameo.h"

namespace geokg {
namespace {

using nlohmann::json;

json ActorToJson(const ActorRef& actor) {
  json out = {{"id", actor.id}, {"name", actor.name}, {"type", std::string(ToString(actor.type))}};
  if (!actor.country.empty()) out["country"] = actor.country;
  if (!actor.surface.empty()) out["surface"] = actor.surface;
  return out;
}

Status ActorFromJson(const json& in, const char* field, ActorRef* actor) {
  if (!in.is_object() || !in.contains("id") || !in.contains("name") || !in["id"].is_string() ||
      !in["name"].is_string()) {
    return Status::InvalidArgument(std::string("\"") + field + "\" needs string fields \"id\" and \"name\"");
  }
  actor->id = in["id"].get<std::string>();
  actor->name = in["name"].get<std::string>();
  if (actor->id.empty()) return Status::InvalidArgument(std::string("\"") + field + ".id\" is empty");
  actor->type = ActorType::kOther;
  if (in.contains("type") && in["type"].is_string()) {
    auto type = ParseActorType(in["type"].get<std::string>());
    if (!type) return Status::InvalidArgument(std::string("unknown actor type in \"") + field + "\"");
    actor->type = *type;
  }
  actor->country = in.value("country", std::string());
  actor->surface = in.value("surface", std::string());
  return Status::OK();
}

template <typename Enum>
Status EnumField(const json& in, const char* field, std::optional<Enum> (*parse)(std::string_view),
                 Enum* out) {
  if (!in.contains(field)) return Status::OK();
  if (!in[field].is_string()) return Status::InvalidArgument(std::string("\"") + field + "\" must be a string");
  auto value = parse(in[field].get<std::string>());
  if (!value) {
    return Status::InvalidArgument(std::string("unknown value \"") + in[field].get<std::string>() +
                                   "\" for \"" + field + "\"");
  }
  *out = *value;
  return Status::OK();
}

}  // namespace

std::string TripleToJsonLine(const Triple& t) {
  json out = {{"doc", t.doc},
              {"sentence", t.evidence.sentence},
              {"subject", ActorToJson(t.subject)},
              {"predicate", t.predicate},
              {"object", ActorToJson(t.object)},
              {"kind", std::string(ToString(t.kind))},
              {"polarity", std::string(ToString(t.polarity))},
              {"modality", std::string(ToString(t.modality))},
              {"cameo", t.cameo},
              {"quad", t.quad},
              {"goldstein", t.goldstein},
              {"date", t.date},
              {"source", t.source},
              {"evidence", {{"start", t.evidence.start}, {"end", t.evidence.end}, {"text", t.evidence.text}}}};
  // Replace invalid UTF-8 rather than throw: evidence text comes from user files.
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status TripleFromJsonLine(std::string_view line, Triple* triple) {
  json in = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (in.is_discarded()) return Status::InvalidArgument("not valid JSON");
  if (!in.is_object()) return Status::InvalidArgument("a triple must be a JSON object");
  *triple = Triple();
  try {
    if (!in.contains("subject")) return Status::InvalidArgument("missing \"subject\"");
    if (!in.contains("object")) return Status::InvalidArgument("missing \"object\"");
    if (!in.contains("predicate") || !in["predicate"].is_string() ||
        in["predicate"].get<std::string>().empty()) {
      return Status::InvalidArgument("missing or empty \"predicate\"");
    }
    Status s = ActorFromJson(in["subject"], "subject", &triple->subject);
    if (!s.ok()) return s;
    s = ActorFromJson(in["object"], "object", &triple->object);
    if (!s.ok()) return s;
    triple->predicate = in["predicate"].get<std::string>();
    triple->doc = in.value("doc", std::string());
    if ((s = EnumField(in, "kind", &ParseRelationKind, &triple->kind)); !s.ok()) return s;
    if ((s = EnumField(in, "polarity", &ParsePolarity, &triple->polarity)); !s.ok()) return s;
    if ((s = EnumField(in, "modality", &ParseModality, &triple->modality)); !s.ok()) return s;
    triple->cameo = in.value("cameo", std::string());
    triple->quad = in.contains("quad") && in["quad"].is_number_integer() ? in["quad"].get<int>()
                                                                          : QuadClassOfCameo(triple->cameo);
    triple->goldstein = in.contains("goldstein") && in["goldstein"].is_number() ? in["goldstein"].get<double>() : 0.0;
    triple->date = in.value("date", std::string());
    triple->source = in.value("source", std::string());
    if (in.contains("sentence") && in["sentence"].is_number_unsigned()) {
      triple->evidence.sentence = in["sentence"].get<uint32_t>();
    }
    if (in.contains("evidence") && in["evidence"].is_object()) {
      const json& ev = in["evidence"];
      triple->evidence.start = ev.value("start", uint64_t{0});
      triple->evidence.end = ev.value("end", uint64_t{0});
      triple->evidence.text = ev.value("text", std::string());
    }
  } catch (const json::exception& e) {
    return Status::InvalidArgument(std::string("bad field type: ") + e.what());
  }
  return Status::OK();
}

}  // namespace geokg
