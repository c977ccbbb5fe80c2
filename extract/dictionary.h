// Dictionary: the actor, title, body, verb and noun dictionaries (data/*.tsv),
// loaded from the embedded copies and optional user files.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace geokg {

struct ActorEntry {
  std::string id;
  ActorType type = ActorType::kOther;
  std::string name;
  std::string country;
  std::vector<std::string> aliases;
};

struct LeaderRole {
  std::string id;
  std::string name;
  std::string country;
  std::string role;
  std::string start;  // YYYY-MM-DD
  std::string end;    // empty while in office
};

struct BodyTemplate {
  std::vector<std::string> heads;  // lower-case body nouns ("foreign ministry")
  std::string suffix;              // id suffix ("MFA")
  std::string name;                // "Ministry of Foreign Affairs of {country}"
  ActorType type = ActorType::kGovernment;
  // A sector whose noun alone ("the junta", "police") names the sector of the
  // country the article is about (sectors.tsv flag `bare`).
  bool bare = false;
};

struct TitleEntry {
  std::vector<std::string> forms;  // as written ("Prime Minister", "PM")
  std::string role;                // normalised role ("prime minister")
  std::string role_class;          // head_of_state, military, ...
  std::string body;                // bodies.tsv suffix the role belongs to, or empty
};

enum VerbFlag : unsigned {
  kFlagSymmetric = 1u << 0,
  kFlagControl = 1u << 1,
  kFlagSpeech = 1u << 2,
  kFlagIntent = 1u << 3,
  kFlagNoObject = 1u << 4,
  kFlagNegate = 1u << 5,
  kFlagOrgObject = 1u << 6,  // the object must be an organisation (announcing or founding one)
};

struct VerbPattern {
  std::vector<std::string> words;  // lemma first, then literal words
  std::string predicate;
  std::string cameo;
  unsigned flags = 0;
  // The last word is a preposition introducing the object.
  bool ends_with_preposition = false;
};

struct NounPattern {
  std::string noun;         // lower-case noun, may be several words ("phone call")
  std::string preposition;  // "of", "to", "with" or empty
  std::string predicate;
  std::string cameo;
};

struct CameoCode {
  std::string name;
  double goldstein = 0.0;
};

class Dictionary {
 public:
  // Loads the embedded dictionaries, then each of `extra_paths` (a .tsv file,
  // named like an embedded one to say its kind, or a folder of them).
  static Status Load(const std::vector<std::string>& extra_paths, Dictionary* dictionary);

  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<LeaderRole>& leaders() const { return leaders_; }
  const std::vector<BodyTemplate>& bodies() const { return bodies_; }
  const std::vector<TitleEntry>& titles() const { return titles_; }
  const std::vector<VerbPattern>& verbs() const { return verbs_; }
  const std::vector<NounPattern>& nouns() const { return nouns_; }
  // lemma -> {past, participle, third person, gerund}
  const std::unordered_map<std::string, std::vector<std::string>>& irregular() const { return irregular_; }
  const CameoCode* Cameo(const std::string& code) const;
  const ActorEntry* ActorById(const std::string& id) const;

 private:
  Status LoadText(const std::string& file_name, std::string_view text, const std::string& origin);

  std::vector<ActorEntry> actors_;
  std::unordered_map<std::string, size_t> actor_by_id_;
  std::vector<LeaderRole> leaders_;
  std::vector<BodyTemplate> bodies_;
  std::vector<TitleEntry> titles_;
  std::vector<VerbPattern> verbs_;
  std::map<std::string, size_t> verb_by_key_;
  std::vector<NounPattern> nouns_;
  std::unordered_map<std::string, std::vector<std::string>> irregular_;
  std::unordered_map<std::string, CameoCode> cameo_;
};

// The embedded data files by name (generated at build time).
const std::map<std::string, std::string_view>& EmbeddedFiles();

}  // namespace geokg
