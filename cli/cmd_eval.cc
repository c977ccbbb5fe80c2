// geokg eval: scores the extractor (or a predictions file) against a gold
// file, per article and in total, at pair, relation and full level; with
// --petrarch PETRARCH's validation records, with --treebank the syntactic
// layer's attachments.
#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/eval_petrarch.h"
#include "cli/eval_treebank.h"
#include "cli/eval/evaluator.h"
#include "extract/extractor.h"
#include "graph/triple_json.h"

namespace geokg::cli {

namespace {

using json = nlohmann::json;

constexpr MatchLevel kLevels[] = {MatchLevel::kPair, MatchLevel::kRelation, MatchLevel::kFull};

// Reads a predictions file (JSON Lines, one triple a line, blank lines skipped).
Status LoadPredictions(const std::string& path, std::vector<Triple>* triples) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open predictions file " + path);
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string origin = path + ":" + std::to_string(line_number);
    Triple triple;
    if (Status s = TripleFromJsonLine(line, &triple); !s.ok()) {
      return Status::InvalidArgument(origin + ": " + s.message());
    }
    if (triple.doc.empty()) return Status::InvalidArgument(origin + ": missing \"doc\"");
    triples->push_back(std::move(triple));
  }
  if (in.bad()) return Status::IOError("cannot read predictions file " + path);
  return Status::OK();
}

Status ReadText(const GoldArticle& gold, std::string* text) {
  std::ifstream in(gold.text_path, std::ios::binary);
  if (!in) {
    return Status::NotFound(gold.origin + ": cannot open text_file \"" + gold.text_file + "\" (" +
                            gold.text_path + ")");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IOError(gold.origin + ": cannot read " + gold.text_path);
  *text = buffer.str();
  return Status::OK();
}

// Runs the extractor over every gold article, `threads` at a time; the
// triples come back in gold order, each carrying its article's doc.
Status ExtractAll(const std::vector<GoldArticle>& gold, const ExtractorOptions& options, unsigned threads,
                  std::vector<Triple>* predictions) {
  std::vector<Article> articles(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    articles[i].id = gold[i].doc;
    articles[i].date = gold[i].date;
    articles[i].origin = gold[i].text_path;
    if (Status s = ReadText(gold[i], &articles[i].text); !s.ok()) return s;
  }
  std::unique_ptr<Extractor> extractor;
  if (Status s = Extractor::Create(options, &extractor); !s.ok()) {
    if (s.code() == Status::Code::kUnsupported) return Status::Unsupported("extractor unavailable: " + s.message());
    return s;
  }

  std::vector<std::vector<Triple>> found(articles.size());
  std::vector<Status> statuses(articles.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < articles.size(); i = next++) {
      statuses[i] = extractor->Extract(articles[i], &found[i]);
    }
  };
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(articles.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();

  for (size_t i = 0; i < articles.size(); ++i) {
    if (!statuses[i].ok()) {
      return Status::InvalidArgument(gold[i].origin + ": " + gold[i].text_path + ": " + statuses[i].message());
    }
    for (Triple& triple : found[i]) {
      triple.doc = gold[i].doc;
      predictions->push_back(std::move(triple));
    }
  }
  return Status::OK();
}

json LevelJson(const LevelCounts& c) {
  return {{"p", c.Precision()}, {"r", c.Recall()},       {"f1", c.F1()},
          {"matched", c.matched}, {"predicted", c.predicted}, {"gold", c.gold}};
}

json MissesJson(const std::vector<Miss>& misses) {
  json out = json::array();
  for (const Miss& m : misses) {
    out.push_back({{"doc", m.doc}, {"index", m.index}, {"triple", m.triple}, {"reason", m.reason}});
  }
  return out;
}

void PrintJson(const EvalReport& report, bool verbose) {
  json out;
  out["articles"] = json::array();
  for (const ArticleScore& a : report.articles) {
    json row = {{"doc", a.doc}, {"gold", a.gold()}, {"predicted", a.predicted()}};
    for (MatchLevel level : kLevels) row[ToString(level)] = LevelJson(a.levels[static_cast<int>(level)]);
    out["articles"].push_back(std::move(row));
  }
  for (MatchLevel level : kLevels) out["total"][ToString(level)] = LevelJson(report.Total(level));
  out["relation_by_kind"]["event"] = LevelJson(report.relation_by_kind[static_cast<int>(RelationKind::kEvent)]);
  out["relation_by_kind"]["affiliation"] =
      LevelJson(report.relation_by_kind[static_cast<int>(RelationKind::kAffiliation)]);
  out["ignored_predictions"] = report.ignored_predictions;
  out["unknown_docs"] = report.unknown_docs;
  if (verbose) {
    out["unmatched_gold"] = MissesJson(report.unmatched_gold);
    out["unmatched_predictions"] = MissesJson(report.unmatched_predictions);
  }
  std::cout << out.dump(2) << "\n";
}

std::string Fixed(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

std::string Pad(const std::string& s, size_t width, bool right) {
  if (s.size() >= width) return s;
  std::string fill(width - s.size(), ' ');
  return right ? fill + s : s + fill;
}

void PrintRow(const std::string& doc, size_t doc_width, const std::array<LevelCounts, kMatchLevelCount>& levels) {
  std::cout << Pad(doc, doc_width, false) << Pad(std::to_string(levels[0].gold), 6, true)
            << Pad(std::to_string(levels[0].predicted), 6, true);
  for (const LevelCounts& c : levels) {
    std::cout << "  " << Pad(Fixed(c.Precision()), 6, true) << Pad(Fixed(c.Recall()), 6, true)
              << Pad(Fixed(c.F1()), 6, true);
  }
  std::cout << "\n";
}

void PrintMisses(const char* title, const std::vector<Miss>& misses) {
  std::cout << "\n" << title << " (" << misses.size() << "):\n";
  for (const Miss& m : misses) {
    std::cout << "  " << m.doc << " #" << m.index << " " << m.triple << "\n      " << m.reason << "\n";
  }
}

void PrintTable(const EvalReport& report, bool verbose) {
  const std::string total_label = "TOTAL (micro)";
  size_t doc_width = total_label.size();
  for (const ArticleScore& a : report.articles) doc_width = std::max(doc_width, a.doc.size());
  doc_width += 2;
  // Each level takes 2 + 3 * 6 columns; its name sits above its three numbers.
  std::cout << std::string(doc_width + 12, ' ');
  for (MatchLevel level : kLevels) std::cout << "  " << Pad(ToString(level), 18, true);
  std::cout << "\n" << Pad("doc", doc_width, false) << Pad("gold", 6, true) << Pad("pred", 6, true);
  for (int i = 0; i < kMatchLevelCount; ++i) {
    std::cout << "  " << Pad("P", 6, true) << Pad("R", 6, true) << Pad("F1", 6, true);
  }
  std::cout << "\n";
  for (const ArticleScore& a : report.articles) PrintRow(a.doc, doc_width, a.levels);
  PrintRow(total_label, doc_width, report.total);

  std::cout << "\nrelation level by kind:\n";
  for (RelationKind kind : {RelationKind::kEvent, RelationKind::kAffiliation}) {
    const LevelCounts& c = report.relation_by_kind[static_cast<int>(kind)];
    std::cout << "  " << Pad(std::string(ToString(kind)), 12, false) << "recall " << Fixed(c.Recall()) << " ("
              << c.matched << "/" << c.gold << ")  precision " << Fixed(c.Precision()) << " (" << c.matched << "/"
              << c.predicted << ")\n";
  }
  if (verbose) {
    PrintMisses("Unmatched gold triples, relation level", report.unmatched_gold);
    PrintMisses("Unmatched predictions, relation level", report.unmatched_predictions);
  }
}

}  // namespace

int RunEval(int argc, char** argv) {
  cxxopts::Options options("eval", "Score the extractor, or a predictions file, against a gold file "
                                   "(see shared/eval/GOLD_FORMAT.md).");
  options.add_options()
      ("gold", "gold file (JSON Lines, one article a line)", cxxopts::value<std::string>())
      ("petrarch", "score PETRARCH validation records (XML) instead: coded correctly by category",
       cxxopts::value<std::string>())
      ("treebank", "score the syntactic layer's subject and object attachments against the Penn Treebank "
                   "trees of these PETRARCH-style XML files instead (FILE..., or repeated)",
       cxxopts::value<std::vector<std::string>>())
      ("predictions", "score this predictions file (JSON Lines triples) instead of running the extractor",
       cxxopts::value<std::string>())
      ("format", "table or json", cxxopts::value<std::string>()->default_value("table"))
      ("verbose", "also list unmatched gold triples and predictions (relation level), with reasons; "
                  "with --treebank the missed attachments")
      ("dict", "extra dictionary file or folder (repeatable)", cxxopts::value<std::vector<std::string>>())
      ("threads", "extraction threads, 0 (one per core) to 256", cxxopts::value<int>()->default_value("0"))
      ("h,help", "print this help")
      ("files", "more treebank files, after --treebank", cxxopts::value<std::vector<std::string>>());
  options.parse_positional({"files"});
  options.positional_help("[--treebank FILE...]");
  cxxopts::ParseResult args;
  int exit_code = kExitOk;
  if (!ParseArgs(options, argc, argv, &args, &exit_code)) return exit_code;

  auto usage = [](const std::string& message) {
    std::cerr << "geokg eval: " << message << "\nTry 'geokg eval --help'.\n";
    return kExitUsage;
  };
  const std::string format = args["format"].as<std::string>();
  if (format != "table" && format != "json") return usage("--format must be table or json, not '" + format + "'");
  if (args.count("treebank")) {
    if (args.count("gold") || args.count("predictions") || args.count("petrarch")) {
      return usage("--treebank takes neither --gold, --predictions nor --petrarch");
    }
    // The files after the first: `--treebank A.xml B.xml`.
    std::vector<std::string> files = args["treebank"].as<std::vector<std::string>>();
    if (args.count("files")) {
      for (const std::string& file : args["files"].as<std::vector<std::string>>()) files.push_back(file);
    }
    return RunEvalTreebank(files, format == "json", args.count("verbose") > 0);
  }
  if (args.count("files")) {
    return usage("unexpected argument '" + args["files"].as<std::vector<std::string>>().front() + "'");
  }
  if (args.count("petrarch")) {
    if (args.count("gold") || args.count("predictions")) return usage("--petrarch takes neither --gold nor --predictions");
    std::vector<std::string> dicts;
    if (args.count("dict")) dicts = args["dict"].as<std::vector<std::string>>();
    return RunEvalPetrarch(args["petrarch"].as<std::string>(), dicts, format == "json", args.count("verbose") > 0);
  }
  if (!args.count("gold")) return usage("--gold FILE, --petrarch FILE or --treebank FILE... is required");
  const int threads = args["threads"].as<int>();
  if (threads < 0 || threads > 256) return usage("--threads takes 0 (one per core) to 256");

  std::vector<GoldArticle> gold;
  if (Status s = LoadGoldFile(args["gold"].as<std::string>(), &gold); !s.ok()) {
    PrintError("eval", s);
    return kExitFailure;
  }
  std::vector<Triple> predictions;
  Status s;
  if (args.count("predictions")) {
    s = LoadPredictions(args["predictions"].as<std::string>(), &predictions);
  } else {
    ExtractorOptions extractor_options;
    if (args.count("dict")) extractor_options.dictionary_paths = args["dict"].as<std::vector<std::string>>();
    unsigned workers = threads > 0 ? static_cast<unsigned>(threads) : std::max(1u, std::thread::hardware_concurrency());
    s = ExtractAll(gold, extractor_options, workers, &predictions);
  }
  if (!s.ok()) {
    PrintError("eval", s);
    return kExitFailure;
  }

  EvalReport report = Score(gold, predictions);
  if (report.ignored_predictions > 0) {
    std::cerr << "geokg eval: " << report.ignored_predictions
              << " predictions name docs that are not in the gold and were not scored:";
    for (size_t i = 0; i < report.unknown_docs.size() && i < 5; ++i) std::cerr << " " << report.unknown_docs[i];
    if (report.unknown_docs.size() > 5) std::cerr << " ...";
    std::cerr << "\n";
  }
  if (format == "json") PrintJson(report, args.count("verbose") > 0);
  else PrintTable(report, args.count("verbose") > 0);
  return kExitOk;
}

}  // namespace geokg::cli
