#include "extract/dictionary/dictionary.h"

#include "extract/text/ascii.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/text/lexicon.h"

namespace geokg {
namespace {

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  for (auto& f : fields) {
    while (!f.empty() && (f.back() == ' ' || f.back() == '\r')) f.pop_back();
    size_t first = f.find_first_not_of(' ');
    f = first == std::string::npos ? std::string() : f.substr(first);
  }
  return fields;
}

std::vector<std::string> SplitList(const std::string& field) {
  std::vector<std::string> items;
  std::stringstream ss(field);
  std::string item;
  while (std::getline(ss, item, '|')) {
    size_t a = item.find_first_not_of(' '), b = item.find_last_not_of(' ');
    if (a != std::string::npos) items.push_back(item.substr(a, b - a + 1));
  }
  return items;
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::stringstream ss(text);
  std::string w;
  while (ss >> w) words.push_back(w);
  return words;
}

bool IsPatternPreposition(const std::string& w) {
  static const char* kPreps[] = {"with", "to", "on", "against", "of", "for", "from", "into", "in",
                                 "at", "between", "over", "about", "toward", "towards", "upon", "by", "near",
                                 "around", "outside", "along", "across", "off", "through", "after", "under"};
  for (const char* p : kPreps) {
    if (w == p) return true;
  }
  return false;
}


}  // namespace

Status Dictionary::Load(const std::vector<std::string>& extra_paths, Dictionary* dictionary,
                        bool embedded_imports) {
  *dictionary = Dictionary();
  for (const auto& [name, text] : EmbeddedFiles()) {
    if (!embedded_imports && name.find("-petrarch.") != std::string::npos) continue;
    Status s = dictionary->LoadText(name, text, "embedded " + name);
    if (!s.ok()) return s;
  }
  for (const auto& path : extra_paths) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path, ec)) {
      for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
        if (entry.path().extension() == ".tsv" || entry.path().extension() == ".txt") files.push_back(entry.path());
      }
      std::sort(files.begin(), files.end());
    } else if (std::filesystem::is_regular_file(path, ec)) {
      files.emplace_back(path);
    } else {
      return Status::InvalidArgument("--dict " + path + ": no such file or directory");
    }
    for (const auto& file : files) {
      std::ifstream in(file, std::ios::binary);
      if (!in) return Status::IOError("--dict " + file.string() + ": cannot read");
      std::stringstream ss;
      ss << in.rdbuf();
      if (file.extension() != ".tsv") {
        PetrarchDictionary petrarch;
        if (Status s = ParsePetrarchDictionary(ss.str(), file.string(), &petrarch); !s.ok()) return s;
        dictionary->AddPetrarch(petrarch);
        continue;
      }
      Status s = dictionary->LoadText(file.filename().string(), ss.str(), file.string());
      if (!s.ok()) return s;
    }
  }
  return Status::OK();
}

namespace {

using Fields = std::vector<std::string>;

// The kind of a dictionary file by its name: a user file is named like the
// embedded file whose kind it extends ("actors-extra.tsv" extends actors).
enum class FileKind { kActors, kLeaders, kBodies, kSectors, kTitles, kVerbs, kNouns, kIrregular, kCameo, kUnknown };

FileKind KindOfFile(const std::string& file_name) {
  std::string kind = file_name;
  if (kind.size() > 4) kind = kind.substr(0, kind.size() - 4);
  auto starts = [&](const char* prefix) { return kind.rfind(prefix, 0) == 0; };
  if (starts("actors") || starts("organisations") || starts("organizations") || starts("groups") || starts("parties")) {
    return FileKind::kActors;
  }
  if (starts("leaders")) return FileKind::kLeaders;
  if (starts("bodies")) return FileKind::kBodies;
  if (starts("sectors")) return FileKind::kSectors;
  if (starts("titles")) return FileKind::kTitles;
  if (starts("verbs")) return FileKind::kVerbs;
  if (starts("nouns")) return FileKind::kNouns;
  if (starts("irregular")) return FileKind::kIrregular;
  if (starts("cameo")) return FileKind::kCameo;
  return FileKind::kUnknown;
}

// Each row reader fills its record from the fields of one line and returns
// what is wrong with them, or an empty string.

std::string ReadActorRow(const Fields& f, ActorEntry* e) {
  if (f.size() < 4) return "expected id, type, name, country[, aliases]";
  e->id = f[0];
  auto type = ParseActorType(f[1]);
  if (!type) return "unknown actor type '" + f[1] + "'";
  e->type = *type;
  e->name = f[2];
  e->country = f[3];
  if (f.size() > 4) e->aliases = SplitList(f[4]);
  if (f.size() > 5) e->cameo_code = f[5];
  if (e->id.empty() || e->name.empty()) return "empty id or name";
  return "";
}

std::string ReadBodyRow(const Fields& f, BodyTemplate* b) {
  if (f.size() < 3) return "expected heads, suffix, name[, type]";
  for (auto& h : SplitList(f[0])) b->heads.push_back(AsciiLower(h));
  b->suffix = f[1];
  b->name = f[2];
  if (f.size() > 3 && !f[3].empty()) {
    auto type = ParseActorType(f[3]);
    if (!type) return "unknown actor type '" + f[3] + "'";
    b->type = *type;
  }
  if (f.size() > 4) b->cameo_agent = f[4];
  return "";
}

std::string ReadSectorRow(const Fields& f, BodyTemplate* b) {
  if (f.size() < 3) return "expected nouns, code, name[, flags]";
  for (auto& noun : SplitList(f[0])) {
    b->heads.push_back(AsciiLower(noun));
    // A singular noun also names the sector in the plural ("soldier", "soldiers").
    if (b->heads.back().back() != 's') b->heads.push_back(Pluralize(b->heads.back()));
  }
  b->suffix = f[1];
  b->name = f[2];
  if (b->suffix.empty() || b->name.empty()) return "empty code or name";
  for (const auto& flag : f.size() > 3 ? SplitWords(f[3]) : std::vector<std::string>{}) {
    if (flag != "bare" && flag != "local") return "unknown flag '" + flag + "' (flags are bare, local)";
    b->bare = true;  // `local` is `bare` in any position
    b->local = b->local || flag == "local";
  }
  b->type = ActorType::kSector;
  return "";
}

std::string ReadVerbRow(const Fields& f, VerbPattern* v) {
  if (f.size() < 3) return "expected pattern, predicate, cameo[, flags]";
  v->words = SplitWords(AsciiLower(f[0]));
  if (v->words.empty()) return "empty pattern";
  v->predicate = f[1].empty() ? AsciiLower(f[0]) : AsciiLower(f[1]);
  v->cameo = f[2];
  static const std::vector<std::pair<std::string, uint32_t>> kFlags = {
      {"symmetric", kFlagSymmetric}, {"control", kFlagControl}, {"speech", kFlagSpeech},
      {"intent", kFlagIntent},       {"noobj", kFlagNoObject},  {"negate", kFlagNegate},
      {"orgobj", kFlagOrgObject},    {"idiom", kFlagIdiom}};
  for (auto& flag : f.size() > 3 ? SplitList(f[3]) : std::vector<std::string>{}) {
    auto it = std::find_if(kFlags.begin(), kFlags.end(), [&](const auto& known) { return known.first == flag; });
    if (it == kFlags.end()) return "unknown flag '" + flag + "'";
    v->flags |= it->second;
  }
  v->ends_with_preposition = v->words.size() > 1 && IsPatternPreposition(v->words.back());
  return "";
}

std::string ReadNounRow(const Fields& f, NounPattern* n) {
  if (f.size() < 3) return "expected pattern, predicate, cameo";
  auto words = SplitWords(AsciiLower(f[0]));
  if (words.empty()) return "empty pattern";
  if (words.size() > 1 && IsPatternPreposition(words.back())) {
    n->preposition = words.back();
    words.pop_back();
  }
  for (size_t i = 0; i < words.size(); ++i) n->noun += (i ? " " : "") + words[i];
  n->predicate = f[1].empty() ? n->noun : AsciiLower(f[1]);
  n->cameo = f[2];
  return "";
}

std::string ReadCameoRow(const Fields& f, CameoCode* c) {
  if (f.size() < 3) return "expected code, name, goldstein";
  c->name = f[1];
  try {
    c->goldstein = std::stod(f[2]);
  } catch (...) {
    return "bad Goldstein value '" + f[2] + "'";
  }
  return "";
}

}  // namespace

Status Dictionary::LoadText(const std::string& file_name, std::string_view text, const std::string& origin) {
  const FileKind kind = KindOfFile(file_name);
  size_t line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#' || line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (kind == FileKind::kUnknown) {
      return Status::InvalidArgument(origin +
                                     ": unknown dictionary kind (name the file actors*, organisations*, "
                                     "groups*, parties*, leaders*, bodies*, sectors*, titles*, verbs*, nouns*, "
                                     "irregular* or cameo*.tsv)");
    }
    const std::string error = AddRow(static_cast<int>(kind), SplitTabs(line));
    if (!error.empty()) return Status::InvalidArgument(origin + ":" + std::to_string(line_no) + ": " + error);
  }
  return Status::OK();
}

std::string Dictionary::AddRow(int file_kind, const std::vector<std::string>& f) {
  std::string error;
  switch (static_cast<FileKind>(file_kind)) {
    case FileKind::kActors: {
      ActorEntry e;
      if (!(error = ReadActorRow(f, &e)).empty()) return error;
      auto it = actor_by_id_.find(e.id);
      if (it != actor_by_id_.end()) {
        actors_[it->second] = std::move(e);
      } else {
        actor_by_id_[e.id] = actors_.size();
        actors_.push_back(std::move(e));
      }
      return "";
    }
    case FileKind::kLeaders:
      return AddLeaderRow(f);
    case FileKind::kBodies:
    case FileKind::kSectors: {
      BodyTemplate b;
      error = static_cast<FileKind>(file_kind) == FileKind::kBodies ? ReadBodyRow(f, &b) : ReadSectorRow(f, &b);
      if (error.empty()) bodies_.push_back(std::move(b));
      return error;
    }
    case FileKind::kTitles:
      if (f.size() < 2) return "expected title, role[, class, body]";
      titles_.push_back(TitleEntry{SplitList(f[0]), AsciiLower(f[1]), f.size() > 2 ? f[2] : "", f.size() > 3 ? f[3] : ""});
      return "";
    case FileKind::kVerbs: {
      VerbPattern v;
      if (!(error = ReadVerbRow(f, &v)).empty()) return error;
      std::string key = AsciiLower(f[0]);
      auto it = verb_by_key_.find(key);
      if (it != verb_by_key_.end()) {
        verbs_[it->second] = std::move(v);
      } else {
        verb_by_key_[key] = verbs_.size();
        verbs_.push_back(std::move(v));
      }
      return "";
    }
    case FileKind::kNouns: {
      NounPattern n;
      if (!(error = ReadNounRow(f, &n)).empty()) return error;
      nouns_.push_back(std::move(n));
      return "";
    }
    case FileKind::kIrregular:
      if (f.size() < 5) return "expected lemma, past, participle, third person, gerund";
      irregular_[AsciiLower(f[0])] = {AsciiLower(f[1]), AsciiLower(f[2]), AsciiLower(f[3]), AsciiLower(f[4])};
      return "";
    case FileKind::kCameo: {
      CameoCode c;
      if (!(error = ReadCameoRow(f, &c)).empty()) return error;
      cameo_[f[0]] = c;
      return "";
    }
    case FileKind::kUnknown:
      break;
  }
  return "unknown dictionary kind";
}

std::string Dictionary::AddLeaderRow(const std::vector<std::string>& f) {
  if (f.size() < 6) return "expected id, name, country, role, start, end[, aliases]";
  LeaderRole r{f[0], f[1], f[2], AsciiLower(f[3]), f[4], f[5], f.size() > 7 ? f[7] : ""};
  leaders_.push_back(r);
  if (!actor_by_id_.count(r.id)) {
    ActorEntry e;
    e.id = r.id;
    e.type = ActorType::kPerson;
    e.name = r.name;
    e.country = r.country;
    actor_by_id_[e.id] = actors_.size();
    actors_.push_back(std::move(e));
  }
  if (f.size() > 6) {
    auto& aliases = actors_[actor_by_id_[r.id]].aliases;
    for (auto& a : SplitList(f[6])) {
      if (std::find(aliases.begin(), aliases.end(), a) == aliases.end()) aliases.push_back(a);
    }
  }
  return "";
}

const CameoCode* Dictionary::Cameo(const std::string& code) const {
  auto it = cameo_.find(code);
  return it == cameo_.end() ? nullptr : &it->second;
}

const ActorEntry* Dictionary::ActorById(const std::string& id) const {
  auto it = actor_by_id_.find(id);
  return it == actor_by_id_.end() ? nullptr : &actors_[it->second];
}

}  // namespace geokg
