#include "extract/dictionary.h"

#include "extract/ascii.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/lexicon.h"

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

Status Dictionary::LoadText(const std::string& file_name, std::string_view text, const std::string& origin) {
  std::string kind = file_name;
  if (kind.size() > 4) kind = kind.substr(0, kind.size() - 4);
  // A user file is named like the embedded file whose kind it extends
  // ("actors-extra.tsv" extends actors); anything else is an error.
  auto starts = [&](const char* prefix) { return kind.rfind(prefix, 0) == 0; };
  size_t line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#' || line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto f = SplitTabs(line);
    auto bad = [&](const std::string& why) {
      return Status::InvalidArgument(origin + ":" + std::to_string(line_no) + ": " + why);
    };
    auto need = [&](size_t n) { return f.size() >= n; };
    if (starts("actors") || starts("organisations") || starts("organizations") || starts("groups") ||
        starts("parties")) {
      if (!need(4)) return bad("expected id, type, name, country[, aliases]");
      ActorEntry e;
      e.id = f[0];
      auto type = ParseActorType(f[1]);
      if (!type) return bad("unknown actor type '" + f[1] + "'");
      e.type = *type;
      e.name = f[2];
      e.country = f[3];
      if (f.size() > 4) e.aliases = SplitList(f[4]);
      if (f.size() > 5) e.cameo_code = f[5];
      if (e.id.empty() || e.name.empty()) return bad("empty id or name");
      auto it = actor_by_id_.find(e.id);
      if (it != actor_by_id_.end()) {
        actors_[it->second] = std::move(e);
      } else {
        actor_by_id_[e.id] = actors_.size();
        actors_.push_back(std::move(e));
      }
    } else if (starts("leaders")) {
      if (!need(6)) return bad("expected id, name, country, role, start, end[, aliases]");
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
    } else if (starts("bodies")) {
      if (!need(3)) return bad("expected heads, suffix, name[, type]");
      BodyTemplate b;
      for (auto& h : SplitList(f[0])) b.heads.push_back(AsciiLower(h));
      b.suffix = f[1];
      b.name = f[2];
      if (f.size() > 3 && !f[3].empty()) {
        auto type = ParseActorType(f[3]);
        if (!type) return bad("unknown actor type '" + f[3] + "'");
        b.type = *type;
      }
      if (f.size() > 4) b.cameo_agent = f[4];
      bodies_.push_back(std::move(b));
    } else if (starts("sectors")) {
      if (!need(3)) return bad("expected nouns, code, name[, flags]");
      BodyTemplate b;
      for (auto& noun : SplitList(f[0])) {
        b.heads.push_back(AsciiLower(noun));
        // A singular noun also names the sector in the plural ("soldier", "soldiers").
        if (b.heads.back().back() != 's') b.heads.push_back(Pluralize(b.heads.back()));
      }
      b.suffix = f[1];
      b.name = f[2];
      if (b.suffix.empty() || b.name.empty()) return bad("empty code or name");
      for (const auto& flag : f.size() > 3 ? SplitWords(f[3]) : std::vector<std::string>{}) {
        if (flag != "bare" && flag != "local") return bad("unknown flag '" + flag + "' (flags are bare, local)");
        b.bare = true;  // `local` is `bare` in any position
        b.local = b.local || flag == "local";
      }
      b.type = ActorType::kSector;
      bodies_.push_back(std::move(b));
    } else if (starts("titles")) {
      if (!need(2)) return bad("expected title, role[, class, body]");
      TitleEntry t{SplitList(f[0]), AsciiLower(f[1]), f.size() > 2 ? f[2] : "", f.size() > 3 ? f[3] : ""};
      titles_.push_back(std::move(t));
    } else if (starts("verbs")) {
      if (!need(3)) return bad("expected pattern, predicate, cameo[, flags]");
      VerbPattern v;
      v.words = SplitWords(AsciiLower(f[0]));
      if (v.words.empty()) return bad("empty pattern");
      v.predicate = f[1].empty() ? AsciiLower(f[0]) : AsciiLower(f[1]);
      v.cameo = f[2];
      if (f.size() > 3) {
        for (auto& flag : SplitList(f[3])) {
          if (flag == "symmetric") v.flags |= kFlagSymmetric;
          else if (flag == "control") v.flags |= kFlagControl;
          else if (flag == "speech") v.flags |= kFlagSpeech;
          else if (flag == "intent") v.flags |= kFlagIntent;
          else if (flag == "noobj") v.flags |= kFlagNoObject;
          else if (flag == "negate") v.flags |= kFlagNegate;
          else if (flag == "orgobj") v.flags |= kFlagOrgObject;
          else if (flag == "idiom") v.flags |= kFlagIdiom;
          else return bad("unknown flag '" + flag + "'");
        }
      }
      v.ends_with_preposition = v.words.size() > 1 && IsPatternPreposition(v.words.back());
      std::string key = AsciiLower(f[0]);
      auto it = verb_by_key_.find(key);
      if (it != verb_by_key_.end()) {
        verbs_[it->second] = std::move(v);
      } else {
        verb_by_key_[key] = verbs_.size();
        verbs_.push_back(std::move(v));
      }
    } else if (starts("nouns")) {
      if (!need(3)) return bad("expected pattern, predicate, cameo");
      auto words = SplitWords(AsciiLower(f[0]));
      if (words.empty()) return bad("empty pattern");
      NounPattern n;
      if (words.size() > 1 && IsPatternPreposition(words.back())) {
        n.preposition = words.back();
        words.pop_back();
      }
      for (size_t i = 0; i < words.size(); ++i) n.noun += (i ? " " : "") + words[i];
      n.predicate = f[1].empty() ? n.noun : AsciiLower(f[1]);
      n.cameo = f[2];
      nouns_.push_back(std::move(n));
    } else if (starts("irregular")) {
      if (!need(5)) return bad("expected lemma, past, participle, third person, gerund");
      irregular_[AsciiLower(f[0])] = {AsciiLower(f[1]), AsciiLower(f[2]), AsciiLower(f[3]), AsciiLower(f[4])};
    } else if (starts("cameo")) {
      if (!need(3)) return bad("expected code, name, goldstein");
      CameoCode c;
      c.name = f[1];
      try {
        c.goldstein = std::stod(f[2]);
      } catch (...) {
        return bad("bad Goldstein value '" + f[2] + "'");
      }
      cameo_[f[0]] = c;
    } else {
      return Status::InvalidArgument(origin +
                                     ": unknown dictionary kind (name the file actors*, organisations*, "
                                     "groups*, parties*, leaders*, bodies*, sectors*, titles*, verbs*, nouns*, "
                                     "irregular* or cameo*.tsv)");
    }
  }
  return Status::OK();
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
