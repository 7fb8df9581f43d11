#include "dyad/read/petrarch_xml.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dyad/base/file.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

PetrarchFile MustRead(std::string_view text, Diagnostics* diags) {
  Result<PetrarchFile> file = ReadPetrarchXml(text, "f.xml", diags);
  EXPECT_TRUE(file.ok()) << file.status().ToString();
  return file.ok() ? std::move(file).value() : PetrarchFile();
}

std::vector<const PetrarchRecord*> Records(const PetrarchFile& f) {
  std::vector<const PetrarchRecord*> out;
  for (const PetrarchItem& item : f.items) {
    if (auto* r = std::get_if<PetrarchRecord>(&item)) out.push_back(r);
  }
  return out;
}

std::vector<std::string> RecordIds(const PetrarchFile& f) {
  std::vector<std::string> ids;
  for (const PetrarchRecord* r : Records(f)) ids.push_back(r->id);
  return ids;
}

std::vector<std::string> Errors(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const Diagnostic& x : d.all()) {
    if (x.severity == Severity::kError) out.push_back(x.ToString());
  }
  return out;
}

// A well-formed record, one line per element.
std::string Record(std::string_view id) {
  return "<Sentence date=\"19950101\" id=\"" + std::string(id) +
         "\" category=\"DEMO\" sentence=\"true\">\n"
         "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
         "<Text>Arnor attacked Gondor.</Text>\n"
         "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))</Parse>\n"
         "</Sentence>\n";  // 5 lines
}

constexpr std::string_view kFull = R"(<?xml version="1.0"?>
<Validation>
<!-- header -->
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>actors.txt</Actorfile>
    <Agentfile>agents.txt</Agentfile>
    <Discardfile>discards.txt</Discardfile>
    <Issuefile>issues.txt</Issuefile>
    <Errorfile>Errors.txt</Errorfile>
    <Include>valid DEMO ACTOR</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Config option="new_actor_length" value="4"></Config>
<Sentence date = "20080801" id ='AFP0808-1a'  category="PARSING" sentence = 'True' source="AFP" extra="x">
<!-- Tests the "quoted" actor -->
<!--   second comment   -->
<EventCoding sourcecode='"INJURY TOLL"' targetcode="###" eventcode="223"></EventCoding>
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="174K"/>
<Text>
Arnor &amp; Gondor   said
&quot;no&quot; &lt;today&gt; &apos;x&apos; &#65;&#x42;.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor) (CC &amp;) (NNP Gondor))
  (VP (VBD said) (`` ``) (NP (DT no)) ('' '')))
)
</Parse>
</Sentence>
<Config option="require_dyad" value="FALSE"/>
<Sentence date="19950101" id="DEMO-02" category="DEMO" sentence="false">
<EventCoding noevents = "True"> </EventCoding>
<Text><![CDATA[Arnor <left>.]]></Text>
<Parse><![CDATA[(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))]]></Parse>
</Sentence>
<Sentence date="19950101" id="ERR-03" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor left.</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))</Parse>
</Sentence>
<Sentence date="19950101" id="PATTERN-06" category="PATTERN" sentence="true">
<Text>Arnor left.</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchXml, ReadsEveryConstruct) {
  Diagnostics diags;
  PetrarchFile f = MustRead(kFull, &diags);
  EXPECT_THAT(Errors(diags), ElementsAre());

  const PetrarchEnvironment& env = f.environment;
  EXPECT_EQ(env.line, 4);
  EXPECT_EQ(env.verb_file, "verbs.txt");
  EXPECT_EQ(env.actor_file, "actors.txt");
  EXPECT_EQ(env.agent_file, "agents.txt");
  EXPECT_EQ(env.discard_file, "discards.txt");
  EXPECT_EQ(env.issue_file, "issues.txt");
  ASSERT_EQ(env.other.size(), 2u);
  EXPECT_EQ(env.other[0], std::make_pair(std::string("Errorfile"), std::string("Errors.txt")));
  EXPECT_EQ(env.other[1].second, "valid DEMO ACTOR");

  // Items in file order: configs interleaved with records.
  ASSERT_EQ(f.items.size(), 7u);
  EXPECT_EQ(f.record_count(), 4u);
  EXPECT_EQ(f.config_count(), 3u);
  const auto& c0 = std::get<PetrarchConfig>(f.items[0]);
  EXPECT_EQ(c0.option, "stop_on_error");
  EXPECT_EQ(c0.line, 12);
  EXPECT_EQ(std::get<PetrarchConfig>(f.items[1]).value, "4");
  ASSERT_TRUE(std::holds_alternative<PetrarchRecord>(f.items[2]));
  const auto& c3 = std::get<PetrarchConfig>(f.items[3]);
  EXPECT_EQ(c3.option, "require_dyad");
  EXPECT_EQ(c3.value, "FALSE");

  const PetrarchRecord& r = std::get<PetrarchRecord>(f.items[2]);
  EXPECT_EQ(r.line, 16);
  EXPECT_EQ(r.id, "AFP0808-1a");
  EXPECT_EQ(r.document_id, "AFP0808");
  EXPECT_EQ(r.date, "20080801");
  EXPECT_EQ(r.category, "PARSING");
  EXPECT_EQ(r.source, "AFP");
  EXPECT_TRUE(r.valid);
  ASSERT_EQ(r.other_attributes.size(), 1u);
  EXPECT_EQ(r.other_attributes[0].first, "extra");
  EXPECT_EQ(r.comments, "Tests the \"quoted\" actor\nsecond comment");
  EXPECT_TRUE(r.has_event_coding);
  ASSERT_EQ(r.expected_events.size(), 2u);
  EXPECT_EQ(r.expected_events[0].source, "\"INJURY TOLL\"");
  EXPECT_EQ(r.expected_events[0].target, "###");
  EXPECT_EQ(r.expected_events[0].event, "223");
  EXPECT_EQ(r.expected_events[0].line, 19);
  EXPECT_EQ(r.expected_events[1].event, "174K");
  EXPECT_FALSE(r.expects_no_events);
  EXPECT_EQ(r.text, "Arnor & Gondor said \"no\" <today> 'x' AB.");
  EXPECT_EQ(r.text_line, 21);
  EXPECT_EQ(r.parse_line, 25);
  EXPECT_THAT(r.parse, HasSubstr("(CC &)"));
  ASSERT_TRUE(r.parse_status.ok()) << r.parse_status.ToString();
  ASSERT_EQ(r.tree.token_count(), 7);
  EXPECT_EQ(r.tree.word(1), "&");
  // Offsets index the normalised text; `` and '' align to the quotes.
  for (int i = 0; i < r.tree.token_count(); ++i) ASSERT_GE(r.tree.token(i).begin, 0) << i;
  EXPECT_EQ(r.text.substr(r.tree.token(2).begin, 6), "Gondor");
  EXPECT_EQ(r.text.substr(r.tree.token(4).begin, 1), "\"");

  const PetrarchRecord& r2 = std::get<PetrarchRecord>(f.items[4]);
  EXPECT_EQ(r2.document_id, "DEMO");
  EXPECT_FALSE(r2.valid);
  EXPECT_TRUE(r2.has_event_coding);
  EXPECT_TRUE(r2.expects_no_events);
  EXPECT_TRUE(r2.expected_events.empty());
  EXPECT_EQ(r2.text, "Arnor <left>.");
  EXPECT_TRUE(r2.parse_status.ok());
  EXPECT_EQ(r2.tree.token_count(), 3);

  // A broken parse keeps its record, with the reason and a warning.
  const PetrarchRecord& r3 = std::get<PetrarchRecord>(f.items[5]);
  EXPECT_EQ(r3.expected_error, "bad_input_parse");
  EXPECT_FALSE(r3.parse_status.ok());
  EXPECT_THAT(r3.parse_status.message(), HasSubstr("bad_input_parse: unbalanced"));
  EXPECT_EQ(r3.tree.node_count(), 0);
  bool warned = false;
  for (const Diagnostic& d : diags.all()) {
    warned |= d.severity == Severity::kWarning && d.line == 40 && d.message.find("ERR-03") != std::string::npos;
  }
  EXPECT_TRUE(warned);

  const PetrarchRecord& r4 = std::get<PetrarchRecord>(f.items[6]);
  EXPECT_FALSE(r4.has_event_coding);
  EXPECT_FALSE(r4.expects_no_events);
  EXPECT_TRUE(r4.expected_error.empty());
}

TEST(PetrarchXml, BatchFileWithoutValidationWrapper) {
  Diagnostics diags;
  PetrarchFile f = MustRead(
      "<!-- sample -->\n<Sentences>\n"
      "<Sentence date = \"20080804\" id =\"AFP0808020625_4\" source = \"AFP\" sentence = \"True\">\n"
      "<Text>\nThe stopover came.\n</Text>\n<Parse>\n( (S (NP (DT The) (NN stopover)) (VP (VBD came)) (. .)))\n"
      "</Parse>\n</Sentence>\n</Sentences>\n",
      &diags);
  EXPECT_TRUE(diags.empty()) << diags.all()[0].ToString();
  ASSERT_EQ(f.record_count(), 1u);
  const PetrarchRecord& r = *Records(f)[0];
  EXPECT_EQ(r.document_id, "AFP0808020625");  // no '-': cut at the last '_'
  EXPECT_EQ(r.source, "AFP");
  EXPECT_EQ(f.environment.line, 0);
  EXPECT_EQ(r.tree.label(r.tree.root()), "ROOT");
  EXPECT_EQ(r.tree.word(0), "The");
}

TEST(PetrarchXml, CrlfLineEndsReadTheSame) {
  std::string crlf;
  for (char c : kFull) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  Diagnostics diags;
  PetrarchFile f = MustRead(crlf, &diags);
  EXPECT_THAT(Errors(diags), ElementsAre());
  ASSERT_EQ(f.items.size(), 7u);
  const PetrarchRecord& r = std::get<PetrarchRecord>(f.items[2]);
  EXPECT_EQ(r.line, 16);
  EXPECT_EQ(r.text, "Arnor & Gondor said \"no\" <today> 'x' AB.");
  EXPECT_EQ(f.environment.verb_file, "verbs.txt");
  EXPECT_TRUE(r.parse_status.ok());
}

TEST(PetrarchXml, NotThisFormatIsAnError) {
  for (std::string_view text : {"", "hello world", "<html><body>x</body></html>", "\x01\x02\xff"}) {
    Diagnostics diags;
    Result<PetrarchFile> f = ReadPetrarchXml(text, "f.xml", &diags);
    EXPECT_FALSE(f.ok()) << text;
  }
}

// A file of three records where the middle one (starting at line 7) is
// replaced by `bad`.
std::string ThreeRecords(std::string_view bad) { return "<Sentences>\n" + Record("A-1") + std::string(bad) + Record("C-1") + "</Sentences>\n"; }

struct Malformed {
  const char* name;
  const char* bad;
  int line;             // where the error is reported
  const char* message;  // part of it
};

class MalformedRecord : public ::testing::TestWithParam<Malformed> {};

TEST_P(MalformedRecord, IsReportedAndTheOthersAreRead) {
  Diagnostics diags;
  PetrarchFile f = MustRead(ThreeRecords(GetParam().bad), &diags);
  EXPECT_THAT(RecordIds(f), ElementsAre("A-1", "C-1"));
  std::vector<std::string> errors = Errors(diags);
  ASSERT_EQ(errors.size(), 1u) << ::testing::PrintToString(errors);
  EXPECT_THAT(errors[0], HasSubstr("f.xml:" + std::to_string(GetParam().line) + ": error: "));
  EXPECT_THAT(errors[0], HasSubstr(GetParam().message));
  // The good records are intact.
  for (const PetrarchRecord* r : Records(f)) {
    EXPECT_TRUE(r->parse_status.ok());
    EXPECT_EQ(r->text, "Arnor attacked Gondor.");
    EXPECT_EQ(r->expected_events.size(), 1u);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MalformedRecord,
    ::testing::Values(
        Malformed{"UnclosedText",
                  "<Sentence date=\"19950101\" id=\"B-1\" category=\"DEMO\" sentence=\"true\">\n"
                  "<Text>Arnor left.\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  9, "record B-1 (line 7): <Text> (line 8) is not closed before <Parse>"},
        Malformed{"UnclosedSentence",
                  "<Sentence date=\"19950101\" id=\"B-1\" category=\"DEMO\" sentence=\"true\">\n"
                  "<Text>Arnor left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n",
                  10, "record B-1 (line 7): </Sentence> missing before <Sentence>"},
        Malformed{"MissingId",
                  "<Sentence date=\"19950101\" category=\"DEMO\">\n<Text>Arnor left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  7, "record without id (line 7): the record has no id"},
        Malformed{"GarbageBetweenRecords", "this is junk & more\n", 7,
                  "unexpected text outside a record: 'this is junk & more'"},
        Malformed{"BinaryGarbageBetweenRecords", "\x01\x02<\xff\xfe>\x00<<\n<&\n", 7, "outside a record"},
        Malformed{"ControlBytesInRecord",
                  "<Sentence date=\"19950101\" id=\"B-1\">\n<Text>Arnor \x01\x02 left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  8, "record B-1 (line 7): invalid UTF-8 or a control character"},
        Malformed{"NotUtf8",
                  "<Sentence date=\"19950101\" id=\"B-1\">\n<Text>Bogot\xe1 left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Bogot\xe1)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  8, "record B-1 (line 7): invalid UTF-8"},
        Malformed{"UnquotedAttribute",
                  "<Sentence date=\"19950101\" id=B-1>\n<Text>Arnor left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  7, "value of attribute 'id' is not quoted"},
        Malformed{"IncompleteEventCoding",
                  "<Sentence date=\"19950101\" id=\"B-1\">\n"
                  "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\"></EventCoding>\n<Text>Arnor left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  8, "record B-1 (line 7): <EventCoding> needs"},
        Malformed{"UnclosedEventCoding",
                  "<Sentence date=\"19950101\" id=\"B-1\">\n"
                  "<EventCoding noevents=\"True\">\n<Text>Arnor left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  9, "<EventCoding> (line 8) is not closed before <Text>"},
        Malformed{"UnknownElementInRecord",
                  "<Sentence date=\"19950101\" id=\"B-1\">\n<Foo>bar</Foo>\n<Text>Arnor left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  8, "record B-1 (line 7): unexpected <Foo>"},
        Malformed{"UnclosedTag",
                  "<Sentence date=\"19950101\" id=\"B-1\"\n<Text>Arnor left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  7, "tag not closed with '>'"},
        Malformed{"TextOutsideElements",
                  "<Sentence date=\"19950101\" id=\"B-1\">\nstray words\n<Text>Arnor left.</Text>\n"
                  "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))</Parse>\n</Sentence>\n",
                  8, "record B-1 (line 7): text outside <Text> and <Parse>"},
        Malformed{"TwoParses",
                  "<Sentence date=\"19950101\" id=\"B-1\">\n<Text>Arnor left.</Text>\n"
                  "<Parse>(ROOT (NP (NNP Arnor)))</Parse>\n<Parse>(ROOT (NP (NNP Arnor)))</Parse>\n</Sentence>\n",
                  10, "second <Parse>"},
        Malformed{"BadConfig", "<Config option=\"require_dyad\"></Config>\n", 7,
                  "<Config> needs option= and value=; the setting is ignored"}),
    [](const ::testing::TestParamInfo<Malformed>& info) { return std::string(info.param.name); });

TEST(PetrarchXml, TruncatedFileKeepsTheCompleteRecords) {
  std::string text = "<Sentences>\n" + Record("A-1") + Record("B-1");
  text.resize(text.size() - 30);  // cuts into B-1's <Parse>
  Diagnostics diags;
  PetrarchFile f = MustRead(text, &diags);
  EXPECT_THAT(RecordIds(f), ElementsAre("A-1"));
  std::vector<std::string> errors = Errors(diags);
  ASSERT_EQ(errors.size(), 2u) << ::testing::PrintToString(errors);
  EXPECT_THAT(errors[0], HasSubstr("f.xml:10: error: record B-1 (line 7): <Parse> (line 10) is not closed before the end"));
  EXPECT_THAT(errors[1], HasSubstr("file ends before </Sentences> (opened at line 1)"));
}

TEST(PetrarchXml, TruncatedInsideATag) {
  std::string text = "<Sentences>\n" + Record("A-1") + "<Sentence date=\"1995";
  Diagnostics diags;
  PetrarchFile f = MustRead(text, &diags);
  EXPECT_THAT(RecordIds(f), ElementsAre("A-1"));
  std::vector<std::string> errors = Errors(diags);
  ASSERT_EQ(errors.size(), 2u) << ::testing::PrintToString(errors);
  EXPECT_THAT(errors[0], HasSubstr("f.xml:7: error: tag not closed before end of file"));
}

TEST(PetrarchXml, UnknownEntityIsKeptWithAWarning) {
  Diagnostics diags;
  PetrarchFile f = MustRead(
      "<Sentences><Sentence date=\"19950101\" id=\"X-1\"><Text>AT&T &bogus; ok</Text>"
      "<Parse>(ROOT (NP (NNP AT&amp;T)))</Parse></Sentence></Sentences>",
      &diags);
  ASSERT_EQ(f.record_count(), 1u);
  EXPECT_EQ(Records(f)[0]->text, "AT&T &bogus; ok");
  EXPECT_EQ(diags.error_count(), 0u);
  EXPECT_EQ(diags.warning_count(), 1u);
  EXPECT_EQ(Records(f)[0]->tree.token(0).begin, 0);
  EXPECT_EQ(Records(f)[0]->tree.token(0).end, 4);
}

TEST(PetrarchXml, MissingTextOrParseIsAWarningAndTheRecordIsKept) {
  Diagnostics diags;
  PetrarchFile f = MustRead(
      "<Sentences><Sentence date=\"19950101\" id=\"X-1\"><Text>Arnor left.</Text></Sentence></Sentences>",
      &diags);
  ASSERT_EQ(f.record_count(), 1u);
  EXPECT_EQ(Records(f)[0]->parse_status.code(), Status::Code::kNotFound);
  EXPECT_EQ(diags.error_count(), 0u);
  EXPECT_EQ(diags.warning_count(), 1u);
}

// Counts `needle` in `hay` without the reader, to check it independently.
size_t Count(std::string_view hay, std::string_view needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

TEST(PetrarchXmlShared, UnitTestFile) {
  SHARED_OR_SKIP(path, "peers/petrarch2/PETR.UnitTest.visible.xml");
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok());
  Diagnostics diags;
  Result<PetrarchFile> f = ReadPetrarchXml(*text, path, &diags);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(diags.error_count(), 0u) << diags.all()[0].ToString();
  EXPECT_EQ(f->record_count(), 189u);
  EXPECT_EQ(f->record_count(), Count(*text, "<Sentence "));
  EXPECT_EQ(f->config_count(), Count(*text, "<Config "));  // including the one in <Environment>
  EXPECT_EQ(f->environment.verb_file, "PETR.Validate.verbs.txt");
  EXPECT_EQ(f->environment.actor_file, "PETR.Validate.actors.txt");
  EXPECT_EQ(f->environment.agent_file, "PETR.Validate.agents.txt");
  EXPECT_EQ(f->environment.discard_file, "PETR.Validate.discards.txt");
  EXPECT_EQ(f->environment.issue_file, "");
  // The only parse broken on purpose is the record that expects the error.
  std::vector<std::string> broken;
  for (const PetrarchRecord* r : Records(*f)) {
    if (!r->parse_status.ok()) broken.push_back(r->id);
    if (r->parse_status.ok()) EXPECT_GT(r->tree.token_count(), 0) << r->id;
  }
  EXPECT_THAT(broken, ElementsAre("ERROR-03"));
  EXPECT_EQ(diags.warning_count(), 1u);
}

TEST(PetrarchXmlShared, GigaWordSample) {
  SHARED_OR_SKIP(path, "peers/petrarch2/GigaWord.sample.PETR.xml");
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok());
  Diagnostics diags;
  Result<PetrarchFile> f = ReadPetrarchXml(*text, path, &diags);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_TRUE(diags.empty()) << diags.all()[0].ToString();
  EXPECT_EQ(f->record_count(), 76u);
  EXPECT_EQ(f->config_count(), 0u);
  std::vector<std::string> unaligned;  // in the 16 records taken from Gigaword itself
  for (const PetrarchRecord* r : Records(*f)) {
    EXPECT_TRUE(r->parse_status.ok()) << r->id << ": " << r->parse_status.ToString();
    EXPECT_EQ(r->source, "AFP");
    if (r->id.rfind("AFP", 0) != 0) continue;
    for (int i = 0; i < r->tree.token_count(); ++i) {
      if (r->tree.token(i).begin < 0) unaligned.push_back(std::string(r->tree.word(i)));
    }
  }
  // Only the words that the parses have and their texts do not.
  EXPECT_THAT(unaligned, ElementsAre("Nigerian", "student", "President"));
}

}  // namespace
}  // namespace dyad
