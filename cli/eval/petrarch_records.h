// PETRARCH's validation records (PETR.UnitTest.records.xml): the
// <Environment> naming the dictionaries, then <Sentence> records with their
// <Text>, expected <EventCoding sourcecode targetcode eventcode> and <Parse>, with
// <Config option value> elements between them setting PETRARCH options for
// the records that follow.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace geokg {

struct PetrarchCoding {
  std::string source;  // CAMEO actor codes ("ARN", "GONGOV")
  std::string target;
  std::string event;   // CAMEO event code ("064")
};

struct PetrarchRecord {
  std::string id;
  std::string category;
  std::string date;  // YYYY-MM-DD
  std::string text;  // the <Text>, its lines joined by blanks
  std::string parse; // the <Parse> (a Penn Treebank tree), entities decoded; empty when absent
  std::vector<PetrarchCoding> codings;
  bool expects_no_events = false;  // <EventCoding noevents="True">
  std::string expected_error;      // <EventCoding error="..."> (discards, bad input)
  size_t line = 0;                 // line of the <Sentence> in the file
  // The PETRARCH options in force for this record (<Config> before it).
  std::map<std::string, std::string> options;
};

struct PetrarchRecords {
  // The dictionary file names of the <Environment> (Verbfile, Actorfile,
  // Agentfile, Discardfile), as written.
  std::vector<std::string> dictionaries;
  std::vector<PetrarchRecord> records;
};

// Reads the records of one file. InvalidArgument names `origin` and the
// line of a record without <Text>, an unclosed element or a bad date.
Status ParsePetrarchRecords(std::string_view text, const std::string& origin, PetrarchRecords* out);

}  // namespace geokg
