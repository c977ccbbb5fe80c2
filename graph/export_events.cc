// Event table writer: one row per sentence stating a relation, in the columns
// event-data tools (GDELT/ICEWS/PLOVER-style pipelines, pandas, DuckDB, R)
// load: date, source and target actors, predicate, CAMEO code, quad class,
// Goldstein value, polarity, modality and the article and sentence stating it.
#include <algorithm>
#include <string>
#include <tuple>

#include "graph/csv_text.h"
#include "graph/export.h"

namespace geokg {
namespace {

constexpr const char* kColumns[] = {
    "date",        "source_id",     "source_name",  "source_type",  "source_country", "target_id",
    "target_name", "target_type",   "target_country", "predicate",  "kind",           "cameo",
    "quad_class",  "goldstein",     "polarity",     "modality",     "article_id",     "url",
    "title",       "sentence_index", "sentence_start", "sentence_end", "sentence"};

// One field: CSV as RFC 4180 quotes it (only when needed); TSV with tabs and
// line breaks turned into spaces (TSV has no escape for them).
std::string Field(std::string_view text, char delimiter) {
  std::string valid = ValidUtf8(text);
  if (delimiter == '\t') {
    std::replace_if(valid.begin(), valid.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return valid;
  }
  return CsvField(std::move(valid), /*quote_edge_spaces=*/false);
}

// A row to write: an edge and one piece of its evidence.
struct EventRef {
  size_t edge;
  const EvidenceRecord* evidence;
};

}  // namespace

Status WriteEvents(const Subgraph& graph, char delimiter, std::ostream& out) {
  if (graph.evidence.size() != graph.edges.size()) {
    return Status::InvalidArgument("the event table needs the edges' evidence");
  }
  for (size_t i = 0; i < std::size(kColumns); ++i) out << (i ? std::string(1, delimiter) : "") << kColumns[i];
  out << '\n';
  std::vector<EventRef> rows;
  for (size_t e = 0; e < graph.edges.size(); ++e) {
    for (const EvidenceRecord& ev : graph.evidence[e]) rows.push_back({e, &ev});
  }
  // By date (undated last), then article and sentence, then the edge order.
  std::stable_sort(rows.begin(), rows.end(), [](const EventRef& a, const EventRef& b) {
    const EvidenceRecord& x = *a.evidence;
    const EvidenceRecord& y = *b.evidence;
    return std::make_tuple(x.date.empty(), std::cref(x.date), std::cref(x.doc), x.sentence) <
           std::make_tuple(y.date.empty(), std::cref(y.date), std::cref(y.doc), y.sentence);
  });
  static const ActorRecord kUnknown;
  auto actor = [&](const std::string& id) -> const ActorRecord& {
    auto it = graph.actor_index.find(id);
    return it == graph.actor_index.end() ? kUnknown : graph.actors[it->second];
  };
  const std::string d(1, delimiter);
  for (const EventRef& row : rows) {
    const EdgeRecord& edge = graph.edges[row.edge];
    const EvidenceRecord& ev = *row.evidence;
    const ActorRecord& source = actor(edge.key.subject);
    const ActorRecord& target = actor(edge.key.object);
    auto article = graph.articles.find(ev.doc);
    const ArticleRecord* doc = article == graph.articles.end() ? nullptr : &article->second;
    bool coded = !edge.cameo.empty();  // affiliations and uncoded events have no quad class or Goldstein value
    out << Field(ev.date, delimiter) << d << Field(edge.key.subject, delimiter) << d << Field(source.name, delimiter)
        << d << (source.id.empty() ? "" : ToString(source.type)) << d << Field(source.country, delimiter) << d
        << Field(edge.key.object, delimiter) << d << Field(target.name, delimiter) << d
        << (target.id.empty() ? "" : ToString(target.type)) << d << Field(target.country, delimiter) << d
        << Field(edge.key.predicate, delimiter) << d << ToString(edge.key.kind) << d << Field(edge.cameo, delimiter)
        << d << (coded && edge.quad >= 1 && edge.quad <= 4 ? std::to_string(edge.quad) : "") << d
        << (coded ? ShortestDouble(edge.goldstein) : "") << d << ToString(edge.key.polarity) << d << ToString(ev.modality)
        << d << Field(ev.doc, delimiter) << d << Field(doc ? doc->url : "", delimiter) << d
        << Field(doc ? doc->title : "", delimiter) << d << ev.sentence << d << ev.start << d << ev.end << d
        << Field(ev.text, delimiter) << '\n';
  }
  if (!out) return Status::IOError("cannot write the event table");
  return Status::OK();
}

}  // namespace geokg
