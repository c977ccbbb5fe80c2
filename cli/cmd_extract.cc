// geokg extract: print the triples of articles without storing them.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/extract_options.h"
#include "extract/parallel_extract.h"
#include "graph/triple_json.h"

namespace geokg::cli {
namespace {

std::string TsvField(std::string s) {
  for (auto& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

void WriteTsv(const Triple& t, std::ostream& out) {
  out << TsvField(t.doc) << '\t' << t.evidence.sentence << '\t' << TsvField(t.subject.name) << '\t'
      << TsvField(t.predicate) << '\t' << TsvField(t.object.name) << '\t' << ToString(t.kind) << '\t'
      << ToString(t.polarity) << '\t' << ToString(t.modality) << '\t' << t.cameo << '\t'
      << TsvField(t.evidence.text) << '\n';
}

// One event a line as event-data users load them (Phoenix/GDELT columns):
// date YYYYMMDD, source and target CAMEO actor codes ("---" when none),
// CAMEO event code, quad class, Goldstein value, article id, sentence index.
// Only positive events with a CAMEO code are written.
void WriteCameo(const Triple& t, std::ostream& out) {
  if (t.kind != RelationKind::kEvent || t.cameo.empty() || t.polarity != Polarity::kPositive) return;
  std::string date;
  for (char c : t.date) {
    if (c != '-') date += c;
  }
  auto code = [](const std::string& c) { return c.empty() ? std::string("---") : c; };
  char goldstein[16];
  std::snprintf(goldstein, sizeof goldstein, "%.1f", t.goldstein);
  out << date << '\t' << code(t.subject_cameo_code) << '\t' << code(t.object_cameo_code) << '\t' << t.cameo << '\t'
      << t.quad << '\t' << goldstein << '\t' << TsvField(t.doc) << '\t' << t.evidence.sentence << '\n';
}

}  // namespace

int RunExtract(int argc, char** argv) {
  cxxopts::Options options("extract", "Print the actor-relation triples of articles without storing them.");
  options.add_options()("format", "jsonl (the evaluation format), tsv or cameo (one event a line: date, "
                                    "source, target, CAMEO code, quad class, Goldstein, doc, sentence)",
                        cxxopts::value<std::string>()->default_value("jsonl"))
      ("h,help", "print this help");
  AddArticleOptions(options);
  cxxopts::ParseResult result;
  int exit_code = 0;
  if (!ParseArgs(options, argc, argv, &result, &exit_code)) return exit_code;
  ArticleOptions args;
  Status s = ParseArticleOptions(result, &args);
  std::string format = result["format"].as<std::string>();
  if (s.ok() && format != "jsonl" && format != "tsv" && format != "cameo") {
    s = Status::InvalidArgument("--format takes jsonl, tsv or cameo");
  }
  if (s.ok() && args.inputs.empty()) s = Status::InvalidArgument("no input: name files, folders or - for stdin");
  if (!s.ok()) {
    PrintError("extract", s);
    return kExitUsage;
  }
  std::unique_ptr<Extractor> extractor;
  if (s = Extractor::Create(args.extractor, &extractor); !s.ok()) {
    PrintError("extract", s);
    return kExitFailure;
  }
  std::ios::sync_with_stdio(false);
  if (format == "tsv") {
    std::cout << "doc\tsentence\tsubject\tpredicate\tobject\tkind\tpolarity\tmodality\tcameo\tevidence\n";
  } else if (format == "cameo") {
    std::cout << "date\tsource\ttarget\tcameo\tquad\tgoldstein\tdoc\tsentence\n";
  }
  size_t skipped = 0, articles = 0;
  ParallelExtractor parallel(*extractor, args.threads, [&](ExtractedArticle&& item) {
    if (!item.status.ok()) {
      std::cerr << "geokg extract: " << item.status.message() << ", skipped\n";
      ++skipped;
      return Status::OK();
    }
    ++articles;
    for (const auto& t : item.triples) {
      if (format == "tsv") WriteTsv(t, std::cout);
      else if (format == "cameo") WriteCameo(t, std::cout);
      else std::cout << TripleToJsonLine(t) << '\n';
    }
    return std::cout ? Status::OK() : Status::IOError("cannot write to standard output");
  });
  s = ReadArticles(
      args.inputs, args.reader, [&](Article&& article) { return parallel.Add(std::move(article)); },
      [&](const std::string& origin, const Status& why) {
        std::cerr << "geokg extract: " << origin << ": " << why.message() << "\n";
        ++skipped;
      });
  Status finish = parallel.Finish();
  if (s.ok()) s = finish;
  std::cout.flush();
  if (!s.ok()) {
    PrintError("extract", s);
    return kExitFailure;
  }
  if (articles == 0 && skipped > 0) return kExitFailure;
  return kExitOk;
}

}  // namespace geokg::cli
