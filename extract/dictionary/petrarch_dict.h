// PETRARCH/TABARI dictionaries read as they are: verbs (synonym sets, verb
// blocks and patterns), actors (phrases with [CODE date-range] roles and
// + aliases), agents ([~COP] codes, {plural} forms, !SUBST! markers) and
// discards. The kind of a file is recognised from its content. The records
// come back in geokg's terms (name forms as news text writes them, ISO dates)
// so that Dictionary can add them to its own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace geokg {

// A CAMEO actor code that holds between two dates (ISO YYYY-MM-DD, inclusive;
// empty for an open end).
struct CameoCodeSpan {
  std::string code;
  std::string start;
  std::string end;
};

struct PetrarchActor {
  std::vector<std::string> forms;    // primary phrase first ("Minas Tirith"), then aliases
  std::string code;                  // the undated (default) code, or empty
  std::vector<CameoCodeSpan> spans;  // dated codes, in file order
};

struct PetrarchAgent {
  std::vector<std::string> forms;  // lower-case phrases with their plurals ("police", "cleric", "clerics")
  std::string code;                // "COP"
  bool before_actor = false;       // "NGO~": the agent code goes before the actor's ("NGOARN")
};

struct PetrarchVerb {
  std::vector<std::string> words;  // lower-case lemma, then the literal words that follow it
  std::string code;                // CAMEO code ("064"), or "---" for none
  // The code of the event the other way round, from a paired code
  // ("[032:033]": the target receives the visit, 033); empty when none.
  std::string reverse_code;
};

struct PetrarchDictionary {
  enum class Kind { kVerbs, kActors, kAgents, kDiscards };
  Kind kind = Kind::kDiscards;
  std::vector<PetrarchActor> actors;
  std::vector<PetrarchAgent> agents;
  std::vector<PetrarchVerb> verbs;
  std::vector<std::string> discards;  // lower-case phrases
  // Verb patterns geokg's rules cannot honour (words before the verb, actor
  // slots other than the target, compound markers), counted, not kept.
  size_t skipped_patterns = 0;
  // Records left out because a part cannot be read (a date restriction with
  // a malformed date), each "file:line: why"; the rest of the file is kept.
  std::vector<std::string> warnings;
};

// Parses one PETRARCH/TABARI dictionary. InvalidArgument names `origin` and
// the line of anything that cannot be read (an unclosed bracket, an alias or
// date line before any actor, a bad date, a pattern outside a verb block).
Status ParsePetrarchDictionary(std::string_view text, const std::string& origin, PetrarchDictionary* out);

// A PETRARCH phrase ("MINAS_TIRITH_", "AL-QAEDA") as news text writes it
// ("Minas Tirith", "Al-Qaeda"): words capitalised, upper case kept for short
// acronyms and dotted abbreviations.
std::string PetrarchPhraseToName(std::string_view phrase);

// A TABARI date (YYMMDD or YYYYMMDD; two-digit years up to 30 are 20xx) as
// YYYY-MM-DD, or empty when it is not one.
std::string PetrarchDate(std::string_view date);

}  // namespace geokg
