#include "cli/eval/petrarch_eval.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace geokg {
namespace {

// An actor PETRARCH could not identify: the null code "---" alone or with a
// sector ("---GOV"), or the legacy discard code "###".
bool UnidentifiedActor(const std::string& code) {
  return code.empty() || code.rfind("---", 0) == 0 || code == "###" || code == "None";
}

bool PhraseActor(const std::string& code) { return code.find_first_of("\" ") != std::string::npos; }

std::string Key(const std::string& source, const std::string& target, const std::string& event) {
  return source + " " + target + " " + event;
}

// The expected codings geokg can state: both actors identified.
std::vector<PetrarchCoding> Scorable(const PetrarchRecord& record) {
  std::vector<PetrarchCoding> out;
  for (const auto& c : record.codings) {
    if (!UnidentifiedActor(c.source) && !UnidentifiedActor(c.target)) out.push_back(c);
  }
  return out;
}

}  // namespace

std::string PetrarchSkipReason(const PetrarchRecord& record) {
  if (!record.expected_error.empty() && record.expected_error != "sentencediscard" &&
      record.expected_error != "storydiscard") {
    return "tests PETRARCH's input checks (error=\"" + record.expected_error + "\")";
  }
  for (const auto& c : record.codings) {
    if (PhraseActor(c.source) || PhraseActor(c.target)) {
      return "expects an actor coded by its phrase (PETRARCH's new_actor_length option)";
    }
  }
  if (!record.codings.empty() && Scorable(record).empty()) {
    return "expects only events with an unidentified actor (---, ###: PETRARCH's require_dyad=false)";
  }
  return "";
}

Status ScorePetrarchRecords(const Extractor& extractor, const PetrarchRecords& records, PetrarchEvalReport* report) {
  *report = PetrarchEvalReport();
  for (const auto& record : records.records) {
    PetrarchRecordResult result;
    result.id = record.id.empty() ? "line " + std::to_string(record.line) : record.id;
    result.category = record.category;
    ++report->records;
    result.skipped = PetrarchSkipReason(record);
    if (!result.skipped.empty()) {
      report->results.push_back(std::move(result));
      continue;
    }
    Article article;
    article.id = result.id;
    article.date = record.date;
    article.text = record.text;
    article.origin = "record " + result.id;
    std::vector<Triple> triples;
    if (Status s = extractor.Extract(article, &triples); !s.ok()) return s;
    std::set<std::string> produced;
    for (const auto& t : triples) {
      if (t.kind != RelationKind::kEvent || t.cameo.empty() || t.polarity != Polarity::kPositive) continue;
      produced.insert(Key(t.subject_cameo_code, t.object_cameo_code, t.cameo));
    }
    result.produced.assign(produced.begin(), produced.end());
    std::vector<PetrarchCoding> expected = Scorable(record);
    std::set<std::string> expected_keys;
    for (const auto& c : expected) expected_keys.insert(Key(c.source, c.target, c.event));
    result.expected.assign(expected_keys.begin(), expected_keys.end());
    if (expected.empty()) {
      result.correct = produced.empty();
    } else {
      result.correct = std::all_of(expected.begin(), expected.end(), [&](const PetrarchCoding& c) {
        if (produced.count(Key(c.source, c.target, c.event))) return true;
        std::string reverse = Key(c.target, c.source, c.event);
        return expected_keys.count(reverse) && produced.count(reverse);
      });
    }
    ++report->scored;
    auto& category = report->by_category[record.category];
    ++category.scored;
    if (result.correct) {
      ++report->correct;
      ++category.correct;
    }
    report->results.push_back(std::move(result));
  }
  return Status::OK();
}

}  // namespace geokg
