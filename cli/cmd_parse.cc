// geokg parse: print the syntactic analysis extraction reads, one sentence at
// a time, as CoNLL-U or as an indented tree.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/extract_options.h"
#include "extract/syntax/conllu.h"

namespace geokg::cli {

int RunParse(int argc, char** argv) {
  cxxopts::Options options("parse", "Print the syntactic analysis of each sentence of articles (actor names "
                                    "as extraction finds them read as one proper noun).");
  options.add_options()("format", "conllu (CoNLL-U, enhanced arcs in DEPS) or tree",
                        cxxopts::value<std::string>()->default_value("conllu"))
      ("h,help", "print this help");
  AddArticleOptions(options);
  cxxopts::ParseResult result;
  int exit_code = 0;
  if (!ParseArgs(options, argc, argv, &result, &exit_code)) return exit_code;
  ArticleOptions args;
  Status s = ParseArticleOptions(result, &args);
  const std::string format = result["format"].as<std::string>();
  if (s.ok() && format != "conllu" && format != "tree") s = Status::InvalidArgument("--format takes conllu or tree");
  if (s.ok() && args.inputs.empty()) s = Status::InvalidArgument("no input: name files, folders or - for stdin");
  if (!s.ok()) {
    PrintError("parse", s);
    return kExitUsage;
  }
  std::unique_ptr<Extractor> extractor;
  if (s = Extractor::Create(args.extractor, &extractor); !s.ok()) {
    PrintError("parse", s);
    return kExitFailure;
  }
  std::ios::sync_with_stdio(false);
  size_t skipped = 0, articles = 0;
  s = ReadArticles(
      args.inputs, args.reader,
      [&](Article&& article) {
        Status analysed = extractor->Analyze(article, [&](size_t index, const Sentence& sentence,
                                                          const syntax::Analysis& analysis) {
          const std::string id = article.id + ":" + std::to_string(index);
          if (format == "tree") {
            std::cout << "# " << id << "\n" << syntax::ToTree(sentence, analysis) << "\n";
          } else {
            std::cout << syntax::ToConllu(sentence, analysis, id, article.text);
          }
        });
        if (!analysed.ok()) {
          std::cerr << "geokg parse: " << analysed.message() << ", skipped\n";
          ++skipped;
          return Status::OK();
        }
        ++articles;
        return std::cout ? Status::OK() : Status::IOError("cannot write to standard output");
      },
      [&](const std::string& origin, const Status& why) {
        std::cerr << "geokg parse: " << origin << ": " << why.message() << "\n";
        ++skipped;
      });
  std::cout.flush();
  if (s.ok() && !std::cout) s = Status::IOError("cannot write to standard output");
  if (!s.ok()) {
    PrintError("parse", s);
    return kExitFailure;
  }
  return articles == 0 && skipped > 0 ? kExitFailure : kExitOk;
}

}  // namespace geokg::cli
