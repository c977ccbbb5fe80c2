// Dictionary: the actor, title, body, verb and noun dictionaries (data/*.tsv),
// loaded from the embedded copies and optional user files.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/dictionary/petrarch_dict.h"
#include "graph/model.h"
#include "graph/status.h"

namespace geokg {

struct ActorEntry {
  std::string id;
  ActorType type = ActorType::kOther;
  std::string name;
  std::string country;
  std::vector<std::string> aliases;
  // The actor's CAMEO code (PAKGOV, IGOUNO) when a dictionary gives one, and
  // the codes that hold between dates (a person's roles); see cameo_actor_code.h.
  std::string cameo_code;
  std::vector<CameoCodeSpan> cameo_spans;
};

struct LeaderRole {
  std::string id;
  std::string name;
  std::string country;
  std::string role;
  std::string start;  // YYYY-MM-DD
  std::string end;    // empty while in office
  std::string cameo;  // the CAMEO actor code of the role (PAKGOV, PAKELI), or empty
};

struct BodyTemplate {
  std::vector<std::string> heads;  // lower-case body nouns ("foreign ministry")
  std::string suffix;              // id suffix ("MFA")
  std::string name;                // "Ministry of Foreign Affairs of {country}"
  ActorType type = ActorType::kGovernment;
  // A sector whose noun alone ("the junta", "police") names the sector of the
  // country the article is about (sectors.tsv flag `bare`).
  bool bare = false;
  // ... and does so anywhere in a sentence, not only definite or first
  // ("clashed with police", "stormed by protesters"; flag `local`).
  bool local = false;
  // The CAMEO agent code of the body (COP for police), when a PETRARCH agents
  // dictionary gave it; goes after the country's code, or before it when
  // `cameo_agent_first` ("NGO~").
  std::string cameo_agent;
  bool cameo_agent_first = false;
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
  kFlagIdiom = 1u << 7,      // the phrase states no relation; it only keeps a shorter pattern from matching
};

struct VerbPattern {
  std::vector<std::string> words;  // lemma first, then literal words
  std::string predicate;
  std::string cameo;
  // A paired code's other half (PETRARCH's "[032:033]"): the event the
  // object takes part in the other way round; empty when none.
  std::string reverse_cameo;
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
  // Loads the embedded dictionaries, then each of `extra_paths`: a .tsv file
  // named like an embedded one to say its kind, a PETRARCH/TABARI dictionary
  // (any other file; its kind is recognised from its content), or a folder
  // of such files (*.tsv and *.txt).
  // Without `embedded_imports`, the embedded files produced by an import
  // (*-petrarch.tsv) are left out: geokg's own dictionaries only.
  static Status Load(const std::vector<std::string>& extra_paths, Dictionary* dictionary,
                     bool embedded_imports = true);

  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<LeaderRole>& leaders() const { return leaders_; }
  const std::vector<BodyTemplate>& bodies() const { return bodies_; }
  const std::vector<TitleEntry>& titles() const { return titles_; }
  const std::vector<VerbPattern>& verbs() const { return verbs_; }
  const std::vector<NounPattern>& nouns() const { return nouns_; }
  // lemma -> {past, participle, third person, gerund}
  const std::unordered_map<std::string, std::vector<std::string>>& irregular() const { return irregular_; }
  // Lower-case phrases whose sentences are not coded (PETRARCH discards).
  const std::vector<std::string>& discards() const { return discards_; }
  const CameoCode* Cameo(const std::string& code) const;
  const ActorEntry* ActorById(const std::string& id) const;

 private:
  Status LoadText(const std::string& file_name, std::string_view text, const std::string& origin);
  // Adds one row of a file of kind `file_kind` (dictionary.cc's FileKind);
  // returns what is wrong with it, or an empty string.
  std::string AddRow(int file_kind, const std::vector<std::string>& fields);
  std::string AddLeaderRow(const std::vector<std::string>& fields);
  // Adds the records of a PETRARCH/TABARI dictionary (dictionary_petrarch.cc).
  void AddPetrarch(const PetrarchDictionary& petrarch);
  // `actor_by_name`: geokg's actors other than persons by lower-case name and alias.
  void AddPetrarchActor(const PetrarchActor& actor, const std::unordered_map<std::string, size_t>& actor_by_name);

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
  std::vector<std::string> discards_;
};

// The embedded data files by name (generated at build time).
const std::map<std::string, std::string_view>& EmbeddedFiles();

}  // namespace geokg
