#include "cli/eval_petrarch.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/common.h"
#include "extract/extractor.h"
#include "cli/eval/petrarch_eval.h"
#include "cli/eval/petrarch_records.h"

namespace geokg::cli {
namespace {

namespace fs = std::filesystem;

// The dictionaries of the <Environment>, found beside the records file or
// in the dictionaries folder next to its folder (PETRARCH's layout).
Status ResolveDictionaries(const std::string& records_path, const std::vector<std::string>& names,
                           std::vector<std::string>* paths) {
  fs::path dir = fs::path(records_path).parent_path();
  for (const auto& name : names) {
    std::vector<fs::path> candidates = {dir / name, dir / ".." / "dictionaries" / name};
    bool found = false;
    for (const auto& candidate : candidates) {
      std::error_code ec;
      if (fs::is_regular_file(candidate, ec)) {
        paths->push_back(candidate.lexically_normal().string());
        found = true;
        break;
      }
    }
    if (!found) {
      return Status::NotFound(records_path + ": <Environment> names " + name + ", found neither at " +
                              candidates[0].string() + " nor at " + candidates[1].string());
    }
  }
  return Status::OK();
}

std::string Percent(size_t part, size_t whole) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0);
  return buffer;
}

void PrintJson(const PetrarchEvalReport& report, bool verbose) {
  nlohmann::json out = {{"records", report.records}, {"scored", report.scored}, {"correct", report.correct}};
  out["skipped"] = nlohmann::json::array();
  out["by_category"] = nlohmann::json::object();
  for (const auto& [name, score] : report.by_category) {
    out["by_category"][name] = {{"scored", score.scored}, {"correct", score.correct}};
  }
  if (verbose) out["failures"] = nlohmann::json::array();
  for (const auto& r : report.results) {
    if (!r.skipped.empty()) out["skipped"].push_back({{"id", r.id}, {"why", r.skipped}});
    else if (verbose && !r.correct) out["failures"].push_back({{"id", r.id}, {"expected", r.expected}, {"produced", r.produced}});
  }
  std::cout << out.dump(2) << "\n";
}

void PrintTable(const PetrarchEvalReport& report, bool verbose) {
  std::printf("%-12s %7s %8s %8s\n", "category", "scored", "correct", "share");
  for (const auto& [name, score] : report.by_category) {
    std::printf("%-12s %7zu %8zu %8s\n", name.c_str(), score.scored, score.correct,
                Percent(score.correct, score.scored).c_str());
  }
  std::printf("%-12s %7zu %8zu %8s\n", "TOTAL", report.scored, report.correct,
              Percent(report.correct, report.scored).c_str());
  size_t skipped = report.records - report.scored;
  std::printf("\n%zu records, %zu skipped:\n", report.records, skipped);
  for (const auto& r : report.results) {
    if (!r.skipped.empty()) std::printf("  %s: %s\n", r.id.c_str(), r.skipped.c_str());
  }
  if (!verbose) return;
  std::printf("\nNot coded correctly:\n");
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s.empty() ? std::string("(none)") : s;
  };
  for (const auto& r : report.results) {
    if (r.skipped.empty() && !r.correct) {
      std::printf("  %s\n    expected %s\n    produced %s\n", r.id.c_str(), join(r.expected).c_str(),
                  join(r.produced).c_str());
    }
  }
}

}  // namespace

int RunEvalPetrarch(const std::string& records_path, const std::vector<std::string>& dict_paths, bool json,
                    bool verbose) {
  std::ifstream in(records_path, std::ios::binary);
  if (!in) {
    PrintError("eval", Status::NotFound("cannot open PETRARCH records file " + records_path));
    return kExitFailure;
  }
  std::stringstream text;
  text << in.rdbuf();
  PetrarchRecords records;
  ExtractorOptions options;
  std::unique_ptr<Extractor> extractor;
  PetrarchEvalReport report;
  Status s = ParsePetrarchRecords(text.str(), records_path, &records);
  if (s.ok()) s = ResolveDictionaries(records_path, records.dictionaries, &options.dictionary_paths);
  if (s.ok()) {
    options.dictionary_paths.insert(options.dictionary_paths.end(), dict_paths.begin(), dict_paths.end());
    s = Extractor::Create(options, &extractor);
  }
  if (s.ok()) s = ScorePetrarchRecords(*extractor, records, &report);
  if (!s.ok()) {
    PrintError("eval", s);
    return kExitFailure;
  }
  if (json) PrintJson(report, verbose);
  else PrintTable(report, verbose);
  return kExitOk;
}

}  // namespace geokg::cli
