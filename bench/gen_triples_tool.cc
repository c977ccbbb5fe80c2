// gen_triples: writes N evidence triples in the triple interchange format
// (graph/triple_json.h), the input of `geokg ingest --triples`. Deterministic:
// the same options give the same file. See bench/triple_gen.h for the model.
#include <cstdio>
#include <cxxopts.hpp>
#include <fstream>
#include <iostream>

#include "bench/triple_gen.h"
#include "graph/triple_json.h"

int main(int argc, char** argv) {
  cxxopts::Options options("gen_triples", "Write generated evidence triples as JSON Lines.");
  options.add_options()
      ("n,triples", "number of triples", cxxopts::value<uint64_t>()->default_value("1000000"))
      ("actors", "number of distinct actors", cxxopts::value<uint64_t>()->default_value("20000"))
      ("articles", "number of articles (0: triples / 20)", cxxopts::value<uint64_t>()->default_value("0"))
      ("sources", "number of sources", cxxopts::value<uint64_t>()->default_value("60"))
      ("zipf", "popularity exponent of actors", cxxopts::value<double>()->default_value("1.05"))
      ("days", "days the dates span from 2015-01-01", cxxopts::value<int>()->default_value("3650"))
      ("seed", "random seed", cxxopts::value<uint64_t>()->default_value("1"))
      ("o,out", "output file (default: stdout)", cxxopts::value<std::string>())
      ("h,help", "print this help");
  geokg::bench::GenOptions gen;
  std::string out_path;
  try {
    auto result = options.parse(argc, argv);
    if (result.count("help")) {
      std::cout << options.help() << "\n";
      return 0;
    }
    gen.triples = result["triples"].as<uint64_t>();
    gen.actors = result["actors"].as<uint64_t>();
    gen.articles = result["articles"].as<uint64_t>();
    gen.sources = std::max<uint64_t>(1, result["sources"].as<uint64_t>());
    gen.zipf = result["zipf"].as<double>();
    gen.days = std::max(1, result["days"].as<int>());
    gen.seed = result["seed"].as<uint64_t>();
    if (result.count("out")) out_path = result["out"].as<std::string>();
  } catch (const cxxopts::exceptions::exception& e) {
    std::cerr << "gen_triples: " << e.what() << "\n";
    return 2;
  }
  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "gen_triples: cannot write " << out_path << "\n";
      return 1;
    }
  }
  std::ostream& out = out_path.empty() ? std::cout : file;
  std::ios::sync_with_stdio(false);
  geokg::bench::TripleGenerator generator(gen);
  geokg::Article article;
  std::vector<geokg::Triple> triples;
  std::string buffer;
  while (generator.NextArticle(&article, &triples)) {
    for (const auto& t : triples) buffer.append(geokg::TripleToJsonLine(t)).push_back('\n');
    if (buffer.size() > (1u << 20)) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer;
  out.flush();
  if (!out) {
    std::cerr << "gen_triples: write error\n";
    return 1;
  }
  return 0;
}
