// geokg dict import --petrarch DIR --out DIR: PETRARCH's dictionaries turned
// into geokg's TSV dictionaries (see extract/dictionary/petrarch_import.h).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "extract/dictionary/petrarch_import.h"

namespace geokg::cli {
namespace {

namespace fs = std::filesystem;

Status ReadDictionary(const fs::path& path, PetrarchDictionary* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path.string());
  std::stringstream text;
  text << in.rdbuf();
  Status s = ParsePetrarchDictionary(text.str(), path.string(), out);
  for (const auto& warning : out->warnings) std::cerr << "geokg dict: " << warning << "\n";
  return s;
}

Status RunImport(const fs::path& petrarch, const fs::path& out_dir, PetrarchImportCounts* counts) {
  PetrarchImportInput input;
  for (const char* name :
       {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}) {
    PetrarchDictionary d;
    if (Status s = ReadDictionary(petrarch / name, &d); !s.ok()) return s;
    if (d.kind != PetrarchDictionary::Kind::kActors) return Status::InvalidArgument((petrarch / name).string() + ": not an actors dictionary");
    input.actors.push_back(std::move(d));
  }
  if (Status s = ReadDictionary(petrarch / "Phoenix.agents.txt", &input.agents); !s.ok()) return s;
  if (input.agents.kind != PetrarchDictionary::Kind::kAgents) {
    return Status::InvalidArgument((petrarch / "Phoenix.agents.txt").string() + ": not an agents dictionary");
  }
  if (Status s = ReadDictionary(petrarch / "CAMEO.2.0.txt", &input.verbs); !s.ok()) return s;
  if (input.verbs.kind != PetrarchDictionary::Kind::kVerbs) {
    return Status::InvalidArgument((petrarch / "CAMEO.2.0.txt").string() + ": not a verbs dictionary");
  }
  Dictionary known;
  if (Status s = Dictionary::Load({}, &known, /*embedded_imports=*/false); !s.ok()) return s;
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) return Status::IOError("cannot create " + out_dir.string() + ": " + ec.message());
  for (const auto& [name, text] : ImportPetrarch(input, known, counts)) {
    std::ofstream out(out_dir / name, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) return Status::IOError("cannot write " + (out_dir / name).string());
  }
  return Status::OK();
}

}  // namespace

int RunDict(int argc, char** argv) {
  auto usage = [](const std::string& message) {
    std::cerr << "geokg dict: " << message << "\nUsage: geokg dict import --petrarch DIR --out DIR\n";
    return kExitUsage;
  };
  if (argc < 2 || std::string(argv[1]) != "import") return usage("the only action is 'import'");
  cxxopts::Options options("dict import", "Turn PETRARCH's dictionaries into geokg's TSV dictionaries.");
  options.add_options()
      ("petrarch", "folder with Phoenix.*.actors.txt, Phoenix.agents.txt and CAMEO.2.0.txt", cxxopts::value<std::string>())
      ("out", "folder to write the *-petrarch.tsv files to", cxxopts::value<std::string>())
      ("h,help", "print this help");
  cxxopts::ParseResult args;
  int exit_code = kExitOk;
  if (!ParseArgs(options, argc - 1, argv + 1, &args, &exit_code)) return exit_code;
  if (!args.unmatched().empty()) return usage("unexpected argument '" + args.unmatched().front() + "'");
  if (!args.count("petrarch") || !args.count("out")) return usage("--petrarch DIR and --out DIR are required");
  PetrarchImportCounts counts;
  if (Status s = RunImport(args["petrarch"].as<std::string>(), args["out"].as<std::string>(), &counts); !s.ok()) {
    PrintError("dict", s);
    return kExitFailure;
  }
  std::cerr << "geokg dict: imported " << counts.persons << " persons (" << counts.roles << " roles), "
            << counts.organisations << " organisations, " << counts.armed_groups << " armed groups, " << counts.bodies
            << " bodies, " << counts.verbs << " verb patterns; " << counts.duplicates << " already in geokg, "
            << counts.filtered << " filtered\n";
  return kExitOk;
}

}  // namespace geokg::cli
