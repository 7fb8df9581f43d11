// Reader for the XML files PETRARCH and TABARI take as input: validation
// (unit-test) files and batch files of parsed sentences.
//
// A short tour of the format (full description: the PETRARCH2 README in the
// shared reference material):
//
//   <Validation>                              optional wrapper
//     <Environment>                           dictionaries for the records
//       <Verbfile>PETR.Validate.verbs.txt</Verbfile>
//       <Actorfile>...</Actorfile>  <Agentfile>  <Discardfile>  <Issuefile>
//     </Environment>
//     <Sentences>
//       <Config option="require_dyad" value="false"></Config>
//       <Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
//         <!-- what the record tests -->
//         <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//         <Text>Arnor is about to restore ties with Gondor.</Text>
//         <Parse>(ROOT (S (NP (NNP Arnor)) ...))</Parse>
//       </Sentence>
//     </Sentences>
//   </Validation>
//
// Reading it:
//
//   Diagnostics diags;
//   Result<PetrarchFile> file = ReadPetrarchXml(text, "in.xml", &diags);
//   if (!file.ok()) return file.status();          // not this format at all
//   for (const PetrarchItem& item : file->items) {
//     if (auto* c = std::get_if<PetrarchConfig>(&item)) options.Set(c->option, c->value);
//     if (auto* r = std::get_if<PetrarchRecord>(&item)) {
//       if (r->parse_status.ok()) Code(r->tree);    // else: a bad_input_parse
//     }
//   }
//
// <Config> elements are items in file order, interleaved with the records,
// because each holds from where it stands until the next one changes it; the
// one inside <Environment> comes first. Values are kept as written (`False`,
// `FALSE`, ...).
//
// Recovery is per record: a <Sentence> that is not well formed (an element
// left unclosed, no id, text or bytes where markup belongs, invalid UTF-8,
// control characters, a truncated file) is reported as an error naming the
// file, the line and the record id, and is skipped; reading resumes at the
// next <Sentence> or <Config>. A record whose parse is broken is kept, with
// the reason in parse_status (and a warning), since reporting bad_input_parse
// for it is the coder's job.
#ifndef DYAD_READ_PETRARCH_XML_H_
#define DYAD_READ_PETRARCH_XML_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/base/status.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

struct PetrarchEnvironment {
  int line = 0;  // of <Environment>; 0 when the file has none
  std::string verb_file, actor_file, agent_file, discard_file, issue_file;
  // Every other entry (Errorfile, Include, Pause, ...) as (element, text), in
  // file order, text trimmed.
  std::vector<std::pair<std::string, std::string>> other;
};

// <Config option="..." value="...">: a coding option changed from here on.
struct PetrarchConfig {
  int line = 0;
  std::string option;
  std::string value;  // as written
};

// One expected event, <EventCoding sourcecode= targetcode= eventcode=>. Codes
// are kept exactly as written: '"INJURY TOLL"' keeps its quotes, ### stays.
struct ExpectedEvent {
  int line = 0;
  std::string source;
  std::string target;
  std::string event;
};

struct PetrarchRecord {
  int line = 0;        // of <Sentence>
  int text_line = 0;   // of <Text>; 0 when absent
  int parse_line = 0;  // of <Parse>; 0 when absent

  std::string id;           // sentence id: the id attribute
  std::string document_id;  // the id up to its last '-' (else its last '_'), else the whole id
  std::string date;         // as written; YYYYMMDD in well-formed files
  std::string category;     // empty when absent
  std::string source;       // news source (batch files); empty when absent
  bool valid = true;        // sentence="true" (any case); true when absent
  // Attributes not named above, in file order.
  std::vector<std::pair<std::string, std::string>> other_attributes;

  // Expectations (validation files). A record may list events, say that none
  // are expected, or expect an error (dateline, bad_input_parse, ...).
  bool has_event_coding = false;  // any <EventCoding> element at all
  std::vector<ExpectedEvent> expected_events;
  bool expects_no_events = false;  // noevents="True"
  std::string expected_error;      // error="..."

  std::string comments;  // the record's <!-- --> comments, trimmed, one per line

  // <Text> with entities decoded and whitespace normalised as PETRARCH does
  // (line breaks become spaces), and further: every run of whitespace becomes
  // one space and the ends are trimmed. Token offsets index this string.
  std::string text;
  std::string parse;  // <Parse> with entities decoded, otherwise as written
  // The tree, with token offsets aligned to `text`, when parse_status is ok;
  // otherwise empty, and parse_status says why ("bad_input_parse: ...", or
  // NotFound when the record has no <Parse>).
  ParseTree tree;
  Status parse_status;
};

using PetrarchItem = std::variant<PetrarchConfig, PetrarchRecord>;

struct PetrarchFile {
  PetrarchEnvironment environment;
  std::vector<PetrarchItem> items;  // in file order

  size_t record_count() const;
  size_t config_count() const;
};

struct PetrarchXmlOptions {
  // Parse each record's <Parse> into its tree. Off, records keep only the
  // parse text and parse_status stays OK.
  bool build_trees = true;
};

// Reads a whole PETRARCH XML file. `file_name` names it in diagnostics.
// Problems within the file go to *diagnostics (never null) as described
// above; the Result is an error (Corrupt) only when the text holds none of the
// format's elements (<Validation>, <Environment>, <Sentences>, <Sentence>,
// <Config>).
Result<PetrarchFile> ReadPetrarchXml(std::string_view text, std::string_view file_name, Diagnostics* diagnostics,
                                     const PetrarchXmlOptions& options = {});

}  // namespace dyad

#endif  // DYAD_READ_PETRARCH_XML_H_
