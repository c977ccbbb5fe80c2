// The local questions: actors (list and search), actor (a profile), relations
// (edges of one actor or between two, with evidence) and timeline (counts by
// month and quad class). Each reads only the adjacency of the actors named,
// by prefix scans, except `actors`, which lists the actor table.
// The global questions (path, neighbors, top) are in query_global.cc.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <tuple>

#include "cli/actor_lookup.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/output.h"
#include "cli/query_common.h"
#include "cli/timeline.h"
#include "graph/cameo.h"
#include "graph/names.h"

namespace geokg::cli {
namespace {

constexpr const char* kFormatsEpilogue =
    "Output: --format table (default on a terminal), tsv (default otherwise), csv, json\n"
    "(one array) or jsonl (one object per line). Only results go to stdout.\n";

std::string Seen(const std::string& first, const std::string& last) {
  if (first.empty() && last.empty()) return "-";
  return first == last ? first : first + " to " + last;
}

// ---- actors ----

std::vector<std::string> ActorColumns() {
  return {"id", "name", "type", "country", "mentions", "articles", "first_seen", "last_seen"};
}

std::vector<Cell> ActorRow(const ActorRecord& a) {
  return {a.id, a.name, std::string(ToString(a.type)), a.country, a.mentions, a.articles,
          a.first_seen, a.last_seen};
}

}  // namespace

int RunActors(int argc, char** argv) {
  cxxopts::Options options(
      "actors",
      "List and search actors, by mentions (most first, ties by id).\n"
      "Fields: id, name, type, country, mentions, articles, first_seen, last_seen.\n");
  options.add_options()
      ("type", "only actors of this type: country, government, person, organization, armed_group, party, other, sector",
       cxxopts::value<std::string>())
      ("match", "only actors whose id, name or an alias contains TEXT (case- and accent-insensitive)",
       cxxopts::value<std::string>())
      ("country", "only actors of this country (ISO alpha-3 code or name), the country included",
       cxxopts::value<std::string>())
      ("since", "only actors seen on or after this date (YYYY[-MM[-DD]])", cxxopts::value<std::string>())
      ("until", "only actors seen on or before this date (YYYY[-MM[-DD]])", cxxopts::value<std::string>())
      ("min-count", "only actors with at least this many mentions", cxxopts::value<uint64_t>())
      ("limit", "print at most N actors (0: all)", cxxopts::value<int64_t>()->default_value("0"));
  AddOutputOptions(options);
  AddCommonOptions(options);
  options.custom_help("[options]");
  options.set_width(100);
  cxxopts::ParseResult args;
  EdgeFilter filter;
  OutputOptions output;
  bool done = false;
  int code = ParseQueryArgs(options, argc, argv, /*filters=*/true, &args, &filter, &output, &done);
  if (done || code != kExitOk) return code;
  size_t limit = 0;
  if (!ReadLimit("actors", args, &limit, &code)) return code;
  std::optional<ActorType> type;
  if (args.count("type")) {
    type = ParseActorType(args["type"].as<std::string>());
    if (!type) {
      return UsageError("actors", "--type takes country, government, person, organization, armed_group, "
                                  "party, other or sector");
    }
  }
  std::unique_ptr<GraphStore> store;
  if ((code = OpenForQuery("actors", args, &store)) != kExitOk) return code;

  std::string country;
  if (args.count("country")) {
    country = args["country"].as<std::string>();
    std::string upper = country;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    ActorRecord named;
    if (upper.size() == 3 && store->GetActor(upper, &named).ok()) {
      country = upper;
    } else {
      if ((code = ResolveOrReport("actors", *store, country, &named)) != kExitOk) return code;
      country = named.id;
    }
  }
  const std::string match = args.count("match") ? NormalizeName(args["match"].as<std::string>()) : "";

  std::vector<ActorRecord> actors;
  Status status = store->ForEachActor([&](const ActorRecord& a) {
    if (type && a.type != *type) return true;
    if (!country.empty() && a.country != country && a.id != country) return true;
    if (a.mentions < filter.min_count) return true;
    if (filter.HasDateBounds()) {
      EdgeRecord span;  // an actor is in the window when its seen span overlaps it
      span.first_date = a.first_seen;
      span.last_date = a.last_seen;
      EdgeFilter dates;
      dates.since = filter.since;
      dates.until = filter.until;
      if (!dates.Matches(span)) return true;
    }
    if (!match.empty()) {
      bool found = NormalizeName(a.id).find(match) != std::string::npos ||
                   NormalizeName(a.name).find(match) != std::string::npos;
      for (size_t i = 0; !found && i < a.aliases.size(); ++i) {
        found = NormalizeName(a.aliases[i]).find(match) != std::string::npos;
      }
      if (!found) return true;
    }
    actors.push_back(a);
    return true;
  });
  if (!status.ok()) {
    PrintError("actors", status);
    return kExitFailure;
  }
  std::sort(actors.begin(), actors.end(), [](const ActorRecord& a, const ActorRecord& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.id < b.id;
  });
  if (limit && actors.size() > limit) actors.resize(limit);
  Table table(ActorColumns());
  for (const auto& a : actors) table.AddRow(ActorRow(a));
  table.Write(std::cout, output);
  return kExitOk;
}

namespace {

// ---- actor ----

// The profile's sections in the long format of csv and tsv.
std::vector<std::string> ProfileColumns() {
  return {"section", "key", "value", "name", "polarity", "mentions", "first", "last"};
}

void WriteProfile(const ActorRecord& actor, const std::vector<EdgeRecord>& outgoing,
                  const std::vector<EdgeRecord>& incoming, NameCache& names, const OutputOptions& output) {
  if (output.format == Format::kJson || output.format == Format::kJsonl) {
    WriteJson(std::cout, ProfileJson(actor, outgoing, incoming, names), output.format);
    return;
  }
  if (output.format == Format::kTsv || output.format == Format::kCsv) {
    Table table(ProfileColumns());
    auto field = [&](const std::string& key, Cell value) {
      table.AddRow({std::string("actor"), key, std::move(value), Cell(), Cell(), Cell(), Cell(), Cell()});
    };
    field("id", actor.id);
    field("name", actor.name);
    field("type", std::string(ToString(actor.type)));
    field("country", actor.country);
    field("first_seen", actor.first_seen);
    field("last_seen", actor.last_seen);
    field("mentions", actor.mentions);
    field("articles", actor.articles);
    for (const auto& alias : actor.aliases) {
      table.AddRow({std::string("alias"), Cell(), alias, Cell(), Cell(), Cell(), Cell(), Cell()});
    }
    for (const auto& r : actor.roles) {
      table.AddRow({std::string("role"), r.title, r.org_id, names.Name(r.org_id), Cell(), Cell(),
                    r.first_seen, r.last_seen});
    }
    for (const auto* list : {&outgoing, &incoming}) {
      const bool out = list == &outgoing;
      for (const auto& e : *list) {
        const std::string& other = out ? e.key.object : e.key.subject;
        table.AddRow({std::string(out ? "out" : "in"), e.key.predicate, other, names.Name(other),
                      std::string(ToString(e.key.polarity)), e.mentions, e.first_date, e.last_date});
      }
    }
    table.Write(std::cout, output);
    return;
  }
  // A profile for people.
  std::ostream& out = std::cout;
  out << actor.name << " (" << actor.id << ")\n";
  auto line = [&](const std::string& label, const std::string& value) {
    out << label << std::string(label.size() < 12 ? 12 - label.size() : 1, ' ') << value << "\n";
  };
  line("type", std::string(ToString(actor.type)));
  if (!actor.country.empty()) {
    const std::string& country_name = names.Name(actor.country);
    line("country", actor.country + (country_name.empty() || actor.country == actor.id ? "" : " (" + country_name + ")"));
  }
  std::string aliases;
  for (const auto& a : actor.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
  line("aliases", aliases.empty() ? "-" : aliases);
  if (actor.roles.empty()) line("roles", "-");
  for (size_t i = 0; i < actor.roles.size(); ++i) {
    const Role& r = actor.roles[i];
    std::string org = r.org_id.empty() ? "" : " of " + (names.Name(r.org_id).empty() ? r.org_id : names.Name(r.org_id));
    line(i == 0 ? "roles" : "", r.title + org + ", " + Seen(r.first_seen, r.last_seen));
  }
  line("seen", Seen(actor.first_seen, actor.last_seen));
  line("mentions", std::to_string(actor.mentions) + " in " + std::to_string(actor.articles) +
                       (actor.articles == 1 ? " article" : " articles"));
  for (const auto* list : {&outgoing, &incoming}) {
    const bool outgoing_list = list == &outgoing;
    out << "\n" << (outgoing_list ? "Top outgoing relations" : "Top incoming relations");
    if (list->empty()) {
      out << ": none\n";
      continue;
    }
    out << "\n";
    Table table({"predicate", outgoing_list ? "object" : "subject", "name", "polarity", "modality",
                 "cameo", "mentions", "articles", "first_date", "last_date"});
    for (const auto& e : *list) {
      const std::string& other = outgoing_list ? e.key.object : e.key.subject;
      table.AddRow({e.key.predicate, other, names.Name(other), std::string(ToString(e.key.polarity)),
                    std::string(ToString(DominantModality(e))), e.cameo, e.mentions, e.articles,
                    e.first_date, e.last_date});
    }
    table.Write(out, output);
  }
}

}  // namespace

int RunActor(int argc, char** argv) {
  cxxopts::Options options(
      "actor",
      "Profile of one actor: canonical name, type, aliases, roles with dates, country,\n"
      "first/last seen, and its strongest outgoing and incoming relations.\n"
      "ACTOR is an id, the canonical name or any alias, case-insensitive.\n"
      "json: one object {id, name, type, country, aliases, roles[{title, org, org_name,\n"
      "first_seen, last_seen}], first_seen, last_seen, mentions, articles, outgoing[relation],\n"
      "incoming[relation]} with relations as in 'geokg relations'. csv/tsv: rows of\n"
      "section (actor, alias, role, out, in), key, value, name, polarity, mentions, first, last.\n");
  AddNames(options, "ACTOR");
  options.add_options()("limit", "relations listed per direction (0: all)",
                        cxxopts::value<int64_t>()->default_value("10"));
  AddQueryOptions(options);
  cxxopts::ParseResult args;
  EdgeFilter filter;
  OutputOptions output;
  bool done = false;
  int code = ParseQueryArgs(options, argc, argv, true, &args, &filter, &output, &done);
  if (done || code != kExitOk) return code;
  size_t limit = 0;
  if (!ReadLimit("actor", args, &limit, &code)) return code;
  const auto names_given = PositionalNames(args);
  if (names_given.size() != 1) return UsageError("actor", "give one actor name");
  std::unique_ptr<GraphStore> store;
  if ((code = OpenForQuery("actor", args, &store)) != kExitOk) return code;
  ActorRecord actor;
  if ((code = ResolveOrReport("actor", *store, names_given[0], &actor)) != kExitOk) return code;

  std::vector<EdgeRecord> outgoing, incoming;
  Status status = CollectEdges(*store, actor.id, Direction::kOut, filter, "", &outgoing);
  if (status.ok()) status = CollectEdges(*store, actor.id, Direction::kIn, filter, "", &incoming);
  if (!status.ok()) {
    PrintError("actor", status);
    return kExitFailure;
  }
  if (limit) {
    if (outgoing.size() > limit) outgoing.resize(limit);
    if (incoming.size() > limit) incoming.resize(limit);
  }
  NameCache names(*store);
  WriteProfile(actor, outgoing, incoming, names, output);
  return kExitOk;
}

namespace {

struct EvidenceLess {
  bool operator()(const EvidenceRecord& a, const EvidenceRecord& b) const {
    return std::tie(a.date, a.doc, a.sentence, a.start) < std::tie(b.date, b.doc, b.sentence, b.start);
  }
};

// The edges of `first` (with `second` at the other end when given), scanning
// the adjacency of whichever of the two has fewer mentions.
Status EdgesOfPair(GraphStore& store, const ActorRecord& first, const ActorRecord* second,
                   const EdgeFilter& filter, std::vector<EdgeRecord>* edges) {
  if (!second) return CollectEdges(store, first.id, Direction::kBoth, filter, "", edges);
  const bool swap = second->mentions < first.mentions;
  const ActorRecord& scanned = swap ? *second : first;
  const ActorRecord& other = swap ? first : *second;
  return CollectEdges(store, scanned.id, Direction::kBoth, filter, other.id, edges);
}

// Parses ACTOR [ACTOR], opens the store and resolves the names.
int OpenOneOrTwo(const std::string& command, const cxxopts::ParseResult& args,
                 std::unique_ptr<GraphStore>* store, ActorRecord* first, ActorRecord* second,
                 bool* has_second) {
  const auto names_given = PositionalNames(args);
  if (names_given.empty() || names_given.size() > 2) return UsageError(command, "give one or two actor names");
  int code = OpenForQuery(command, args, store);
  if (code != kExitOk) return code;
  if ((code = ResolveOrReport(command, **store, names_given[0], first)) != kExitOk) return code;
  *has_second = names_given.size() == 2;
  if (*has_second && (code = ResolveOrReport(command, **store, names_given[1], second)) != kExitOk) return code;
  return kExitOk;
}

}  // namespace

namespace {

// The sentences of each relation (at most `limit` each, 0: all) within the
// filter's dates, and the articles they cite.
struct RelationEvidence {
  std::vector<std::vector<EvidenceRecord>> sentences;  // per relation
  std::map<std::string, ArticleRecord> articles;       // by doc, for their URLs and titles
};

Status ReadEvidence(GraphStore& store, const std::vector<EdgeRecord>& edges, const EdgeFilter& filter,
                    int64_t evidence_limit, RelationEvidence* out) {
  auto& evidence = out->sentences;
  evidence.resize(edges.size());
  Status status;
  for (size_t i = 0; status.ok() && i < edges.size(); ++i) {
    status = store.ForEachEvidence(edges[i].key, [&](const EvidenceRecord& ev) {
      if (filter.DateMatches(ev.date) || !filter.HasDateBounds()) evidence[i].push_back(ev);
      return true;
    });
    std::sort(evidence[i].begin(), evidence[i].end(), EvidenceLess());
    if (evidence_limit > 0 && evidence[i].size() > static_cast<size_t>(evidence_limit)) {
      evidence[i].resize(static_cast<size_t>(evidence_limit));
    }
  }
  // The articles the evidence cites, for their URLs and titles.
  for (size_t i = 0; status.ok() && i < evidence.size(); ++i) {
    for (const auto& ev : evidence[i]) {
      if (out->articles.count(ev.doc)) continue;
      ArticleRecord& article = out->articles[ev.doc];
      status = store.GetArticle(ev.doc, &article, nullptr);
      if (!status.ok()) break;
    }
  }
  return status;
}

void WriteRelationsJson(const std::vector<EdgeRecord>& edges, bool with_evidence, RelationEvidence& found,
                        NameCache& names, const OutputOptions& output) {
  auto& evidence = found.sentences;
  auto& articles = found.articles;
  Json array = Json::array();
  for (size_t i = 0; i < edges.size(); ++i) {
    Json object = RelationJson(edges[i], names);
    if (with_evidence) {
      object["evidence"] = Json::array();
      for (const auto& ev : evidence[i]) {
        const ArticleRecord& article = articles[ev.doc];
        object["evidence"].push_back({{"doc", ev.doc}, {"sentence", ev.sentence}, {"date", ev.date},
                                      {"source", ev.source}, {"modality", std::string(ToString(ev.modality))},
                                      {"text", ev.text}, {"start", ev.start}, {"end", ev.end},
                                      {"url", article.url}, {"title", article.title}});
      }
    }
    array.push_back(std::move(object));
  }
  WriteJson(std::cout, array, output.format);
}

// A table, or CSV/TSV with a row per sentence when evidence is asked for.
void WriteRelationsTable(const std::vector<EdgeRecord>& edges, bool with_evidence, RelationEvidence& found,
                         NameCache& names, const OutputOptions& output) {
  auto& evidence = found.sentences;
  auto& articles = found.articles;
  std::vector<std::string> columns = RelationColumns();
  const bool evidence_rows = with_evidence && output.format != Format::kTable;
  if (evidence_rows) {
    for (const char* c : {"doc", "sentence", "date", "source", "evidence_modality", "text", "url", "title", "start",
                          "end"}) {
      columns.push_back(c);
    }
  }
  Table table(columns);
  table.HideInTable({"subject", "object", "quad", "goldstein", "sources"});
  for (size_t i = 0; i < edges.size(); ++i) {
    std::vector<Cell> row = RelationRow(edges[i], names);
    if (!evidence_rows) {
      table.AddRow(row);
      for (const auto& ev : evidence[i]) {
        const std::string& url = articles[ev.doc].url;
        table.AddNote(ev.date + "  " + ev.doc + " #" + std::to_string(ev.sentence) +
                      (ev.source.empty() ? "" : "  " + ev.source) + (url.empty() ? "" : "  <" + TsvField(url) + ">") +
                      "  " + TsvField(ev.text));
      }
      continue;
    }
    for (const auto& ev : evidence[i]) {
      std::vector<Cell> full = row;
      const ArticleRecord& article = articles[ev.doc];
      full.insert(full.end(), {ev.doc, uint64_t{ev.sentence}, ev.date, ev.source, std::string(ToString(ev.modality)),
                               ev.text, article.url, article.title, uint64_t{ev.start}, uint64_t{ev.end}});
      table.AddRow(std::move(full));
    }
  }
  table.Write(std::cout, output);
}

}  // namespace

int RunRelations(int argc, char** argv) {
  cxxopts::Options options(
      "relations",
      "The relations (edges) of actor A, in both directions, or those between A and B.\n"
      "Sorted by mentions (most first). Fields: subject, subject_name, predicate, object,\n"
      "object_name, polarity, kind, modality (the most frequent), cameo, quad, goldstein,\n"
      "mentions, articles, sources, first_date, last_date; json adds modality_counts.\n"
      "--evidence adds the sentences: json as an 'evidence' array of {doc, sentence, date,\n"
      "source, modality, text, start, end, url, title}; csv/tsv as one row per sentence with\n"
      "columns doc, sentence, date, source, evidence_modality, text, url, title, start, end\n"
      "after the relation's (url and title: the article's).\n");
  AddNames(options, "A [B]");
  options.add_options()
      ("evidence", "add the sentences each relation was read from")
      ("evidence-limit", "at most N sentences per relation (0: all)", cxxopts::value<int64_t>()->default_value("0"))
      ("limit", "print at most N relations (0: all)", cxxopts::value<int64_t>()->default_value("0"));
  AddQueryOptions(options);
  cxxopts::ParseResult args;
  EdgeFilter filter;
  OutputOptions output;
  bool done = false;
  int code = ParseQueryArgs(options, argc, argv, true, &args, &filter, &output, &done);
  if (done || code != kExitOk) return code;
  size_t limit = 0;
  if (!ReadLimit("relations", args, &limit, &code)) return code;
  const int64_t evidence_limit = args["evidence-limit"].as<int64_t>();
  if (evidence_limit < 0) return UsageError("relations", "--evidence-limit takes a number >= 0");
  const bool with_evidence = args.count("evidence") > 0;

  std::unique_ptr<GraphStore> store;
  ActorRecord first, second;
  bool has_second = false;
  if ((code = OpenOneOrTwo("relations", args, &store, &first, &second, &has_second)) != kExitOk) return code;
  std::vector<EdgeRecord> edges;
  Status status = EdgesOfPair(*store, first, has_second ? &second : nullptr, filter, &edges);
  if (limit && edges.size() > limit) edges.resize(limit);
  RelationEvidence evidence;
  if (status.ok() && with_evidence) status = ReadEvidence(*store, edges, filter, evidence_limit, &evidence);
  evidence.sentences.resize(edges.size());
  if (!status.ok()) {
    PrintError("relations", status);
    return kExitFailure;
  }
  NameCache names(*store);
  if (output.format == Format::kJson || output.format == Format::kJsonl) {
    WriteRelationsJson(edges, with_evidence, evidence, names, output);
  } else {
    WriteRelationsTable(edges, with_evidence, evidence, names, output);
  }
  return kExitOk;
}

int RunTimeline(int argc, char** argv) {
  cxxopts::Options options(
      "timeline",
      "The shape of an actor's relations (A), or of a relationship (A B), over time: how\n"
      "many mentions each month, by quad class. Every month from the first to the last is\n"
      "listed; sentences without a date are not counted. Fields: month, verbal_cooperation,\n"
      "material_cooperation, verbal_conflict, material_conflict, other (no CAMEO code:\n"
      "affiliations, unclassified events), total.\n");
  AddNames(options, "A [B]");
  AddQueryOptions(options);
  cxxopts::ParseResult args;
  EdgeFilter filter;
  OutputOptions output;
  bool done = false;
  int code = ParseQueryArgs(options, argc, argv, true, &args, &filter, &output, &done);
  if (done || code != kExitOk) return code;
  std::unique_ptr<GraphStore> store;
  ActorRecord first, second;
  bool has_second = false;
  if ((code = OpenOneOrTwo("timeline", args, &store, &first, &second, &has_second)) != kExitOk) return code;
  std::vector<EdgeRecord> edges;
  Status status = EdgesOfPair(*store, first, has_second ? &second : nullptr, filter, &edges);
  std::vector<MonthCounts> months;
  if (status.ok()) status = CountByMonth(*store, edges, filter, &months);
  if (!status.ok()) {
    PrintError("timeline", status);
    return kExitFailure;
  }
  Table table({"month", "verbal_cooperation", "material_cooperation", "verbal_conflict",
               "material_conflict", "other", "total"});
  for (const auto& m : months) {
    table.AddRow({m.month, m.by_quad[1], m.by_quad[2], m.by_quad[3], m.by_quad[4], m.by_quad[0], m.total});
  }
  table.Write(std::cout, output);
  return kExitOk;
}

}  // namespace geokg::cli
