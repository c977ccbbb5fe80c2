// gen_corpus: writes N megabytes (10^6 bytes) of generated news articles, the
// input of the extraction speed figures (scripts/bench-extract.sh).
// Deterministic: the same seed gives the same bytes. See bench/corpus_generator.h.
//
//   gen_corpus --mb 50 --seed 1 --format jsonl --out corpus.jsonl
//   gen_corpus --mb 1 --format text --out articles/   (one .txt file an article)
#include <cxxopts.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "bench/corpus_generator.h"

namespace {

int Fail(const std::string& message) {
  std::cerr << "gen_corpus: " << message << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  cxxopts::Options options("gen_corpus", "Write generated news articles for the extraction benchmarks.");
  options.add_options()
      ("mb", "megabytes (10^6 bytes) to write; the last article may go past", cxxopts::value<double>()->default_value("50"))
      ("seed", "random seed", cxxopts::value<uint64_t>()->default_value("1"))
      ("format", "jsonl (id, title, date, url, source, text) or text (headline, blank line, body)",
       cxxopts::value<std::string>()->default_value("jsonl"))
      ("o,out", "output file (default or -: stdout); with --format text, a folder (existing, or ending in /) "
       "gets one <id>.txt file an article", cxxopts::value<std::string>())
      ("h,help", "print this help");
  double mb = 0;
  uint64_t seed = 1;
  std::string format, out_path;
  try {
    auto result = options.parse(argc, argv);
    if (result.count("help")) {
      std::cout << options.help() << "\n";
      return 0;
    }
    mb = result["mb"].as<double>();
    seed = result["seed"].as<uint64_t>();
    format = result["format"].as<std::string>();
    if (result.count("out")) out_path = result["out"].as<std::string>();
    if (out_path == "-") out_path.clear();
  } catch (const cxxopts::exceptions::exception& e) {
    std::cerr << "gen_corpus: " << e.what() << "\n";
    return 2;
  }
  if (format != "jsonl" && format != "text") {
    std::cerr << "gen_corpus: --format takes jsonl or text\n";
    return 2;
  }
  if (!(mb >= 0) || mb > 1e6) {
    std::cerr << "gen_corpus: --mb takes a number of megabytes from 0 to 1000000\n";
    return 2;
  }
  namespace fs = std::filesystem;
  const bool to_folder = format == "text" && !out_path.empty() &&
                         (out_path.back() == '/' || fs::is_directory(out_path));
  std::error_code ec;
  if (to_folder && !fs::create_directories(out_path, ec) && ec) return Fail("cannot create " + out_path);

  std::ofstream file;
  if (!out_path.empty() && !to_folder) {
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) return Fail("cannot write " + out_path);
  }
  std::ios::sync_with_stdio(false);
  std::ostream& out = out_path.empty() ? std::cout : file;

  std::unique_ptr<geokg::bench::CorpusGenerator> generator;
  if (geokg::Status s = geokg::bench::CorpusGenerator::Create(seed, &generator); !s.ok()) return Fail(s.message());
  const uint64_t target = static_cast<uint64_t>(mb * 1e6);
  uint64_t bytes = 0, articles = 0, sentences = 0, words = 0;
  geokg::bench::GeneratedArticle g;
  std::string buffer;
  while (bytes < target) {
    generator->Next(&g);
    std::string record = format == "jsonl" ? geokg::bench::ToJsonLine(g.article) : geokg::bench::ToPlainText(g.article);
    // Plain text articles in one file are separated by a blank line.
    if (format == "text" && !to_folder && articles > 0) record.insert(0, "\n");
    bytes += record.size();
    ++articles;
    sentences += g.sentences;
    words += g.words;
    if (to_folder) {
      std::ofstream one(fs::path(out_path) / (g.article.id + ".txt"), std::ios::binary | std::ios::trunc);
      if (!(one << record)) return Fail("cannot write " + (fs::path(out_path) / (g.article.id + ".txt")).string());
      continue;
    }
    buffer += record;
    if (buffer.size() >= (1u << 20)) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer;
  out.flush();
  if (!out) return Fail("cannot write " + (out_path.empty() ? std::string("standard output") : out_path));
  std::cerr << "gen_corpus: " << articles << " articles, " << sentences << " sentences, " << words << " words, "
            << bytes << " bytes\n";
  return 0;
}
