#include "cli/eval_treebank.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "cli/eval/attachment_score.h"
#include "extract/syntax/parse.h"

namespace geokg::cli {
namespace {

nlohmann::json CountsJson(const AttachmentCounts& c) {
  return {{"gold", c.gold}, {"correct", c.correct}, {"accuracy", c.Accuracy()}};
}

nlohmann::json MissesJson(const std::vector<AttachmentMiss>& misses) {
  nlohmann::json out = nlohmann::json::array();
  for (const AttachmentMiss& m : misses) {
    out.push_back({{"record", m.record}, {"relation", m.relation}, {"verb", m.verb}, {"gold", m.gold}, {"found", m.found}});
  }
  return out;
}

nlohmann::json ScoreJson(const TreebankScore& s) {
  return {{"file", s.path},
          {"sentences", s.sentences},
          {"malformed", s.malformed},
          {"unaligned", s.unaligned},
          {"split", s.split},
          {"text_from_tree", s.from_tree},
          {"subject", CountsJson(s.subjects)},
          {"object", CountsJson(s.objects)}};
}

void PrintRow(const std::string& name, const TreebankScore& s) {
  std::printf("%-28s %9zu %9zu %9zu  %6zu %7zu %7.1f%%  %6zu %7zu %7.1f%%\n", name.c_str(), s.sentences,
              s.malformed.size(), s.unaligned, s.subjects.gold, s.subjects.correct, 100 * s.subjects.Accuracy(),
              s.objects.gold, s.objects.correct, 100 * s.objects.Accuracy());
}

}  // namespace

int RunEvalTreebank(const std::vector<std::string>& paths, bool json, bool verbose) {
  std::vector<TreebankScore> scores;
  TreebankScore total;
  for (const std::string& path : paths) {
    TreebankScore score;
    auto parse = [](const Sentence& sentence) { return syntax::Parse(sentence); };
    if (Status s = ScoreTreebankFile(path, parse, &score); !s.ok()) {
      PrintError("eval", s);
      return kExitFailure;
    }
    total += score;
    scores.push_back(std::move(score));
  }
  if (json) {
    nlohmann::json out = {{"files", nlohmann::json::array()}};
    for (const TreebankScore& s : scores) {
      out["files"].push_back(ScoreJson(s));
      if (verbose) out["files"].back()["misses"] = MissesJson(s.misses);
    }
    out["total"] = ScoreJson(total);
    out["total"].erase("file");
    out["total"]["malformed"] = total.malformed.size();
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::printf("%-28s %9s %9s %9s  %6s %7s %8s  %6s %7s %8s\n", "file", "sentences", "malformed", "unaligned", "subj",
              "correct", "accuracy", "obj", "correct", "accuracy");
  for (const TreebankScore& s : scores) PrintRow(std::filesystem::path(s.path).filename().string(), s);
  PrintRow("TOTAL", total);
  std::printf("\nsubject: nsubj or nsubj:pass, object: obj, each from the verb to the gold head (basic or enhanced arc);\n"
              "malformed trees and unaligned sentences (tree words differ from the tokens of the text) are not scored;\n"
              "%zu empty texts were taken from their trees, %zu texts were cut into several sentences by the tokenizer.\n",
              total.from_tree, total.split);
  for (const std::string& m : total.malformed) std::printf("  malformed: %s\n", m.c_str());
  if (!verbose) return kExitOk;
  for (const TreebankScore& s : scores) {
    std::printf("\nMissed in %s (%zu):\n", s.path.c_str(), s.misses.size());
    for (const AttachmentMiss& m : s.misses) {
      std::printf("  %s: %s of '%s' is '%s'; the analysis has %s\n", m.record.c_str(), m.relation.c_str(),
                  m.verb.c_str(), m.gold.c_str(), m.found.empty() ? "none" : ("'" + m.found + "'").c_str());
    }
  }
  return kExitOk;
}

}  // namespace geokg::cli
