#include "dyad/dict/agent_dict.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class AgentDictTest : public ::testing::Test {
 protected:
  void Load(std::string text) {
    agents_.Read(std::move(text), "t.agents", files_.Add("t.agents"), &vocabulary_, &diagnostics_);
    agents_.Freeze();
  }

  std::vector<TokenId> Tokens(std::string_view words) {
    std::vector<TokenId> ids;
    for (std::string_view w : SplitWhitespace(words)) ids.push_back(vocabulary_.Intern(ToUpperAscii(w)));
    return ids;
  }

  // "~GOV" / "NGO~" for the agent named `words`, or "(none)".
  std::string CodeOf(std::string_view words) {
    AgentDict::EntryId e = agents_.Find(Tokens(words));
    if (e == AgentDict::kNoEntry) return "(none)";
    const AgentDict::Agent& a = agents_.agent(e);
    return a.affix == AgentDict::Affix::kSuffix ? "~" + a.code : a.code + "~";
  }

  std::string Report() const {
    std::string out;
    for (const Diagnostic& d : diagnostics_.all()) out += d.ToString() + "\n";
    return out;
  }

  Vocabulary vocabulary_;
  SourceFiles files_;
  Diagnostics diagnostics_;
  AgentDict agents_;
};

TEST_F(AgentDictTest, SuffixAndPrefixCodes) {
  Load("FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01\n"
       "HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001\n"
       "POLICE {} [ ~COP]\n"
       "HUMAN_RIGHTS_ORGANIZATION  [  NGO~]\n");
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  AgentDict::EntryId minister = agents_.Find(Tokens("FOREIGN MINISTER"));
  ASSERT_NE(minister, AgentDict::kNoEntry);
  EXPECT_EQ(agents_.agent(minister).code, "GOVFRM");
  EXPECT_EQ(agents_.agent(minister).affix, AgentDict::Affix::kSuffix);
  EXPECT_EQ(agents_.agent(minister).provenance.line, 1u);
  EXPECT_EQ(CodeOf("HUMAN RIGHTS BODY"), "NGO~");
  EXPECT_EQ(CodeOf("POLICE"), "~COP");
  EXPECT_EQ(CodeOf("HUMAN RIGHTS ORGANIZATIONS"), "NGO~");
  AgentDict::Stats s = agents_.stats();
  EXPECT_EQ(s.entries, 4u);
  EXPECT_EQ(s.prefix_codes, 2u);
  EXPECT_EQ(s.suffix_codes, 2u);
  EXPECT_EQ(s.phrases, 7u);  // POLICE has no plural
}

TEST_F(AgentDictTest, RegularPluralsFollowEnglish) {
  Load("SOLDIER [~MIL]\n"
       "AUTHORITY [~GOV]\n"
       "ENVOY [~GOV]\n"
       "CONGRESS [~LEG]\n"
       "TAX_BOX [~BUS]\n"
       "CHURCH [~REL]\n"
       "MILITARY_ATTACHE [~MIL]\n");
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  auto phrases = [&](std::string_view w) { return agents_.Phrases(agents_.Find(Tokens(w))); };
  EXPECT_THAT(phrases("SOLDIER"), ElementsAre("SOLDIER", "SOLDIERS"));
  EXPECT_THAT(phrases("AUTHORITY"), ElementsAre("AUTHORITY", "AUTHORITIES"));
  EXPECT_THAT(phrases("ENVOY"), ElementsAre("ENVOY", "ENVOYS"));
  EXPECT_THAT(phrases("CONGRESS"), ElementsAre("CONGRESS", "CONGRESSES"));
  EXPECT_THAT(phrases("TAX BOX"), ElementsAre("TAX BOX", "TAX BOXES"));
  EXPECT_THAT(phrases("CHURCH"), ElementsAre("CHURCH", "CHURCHES"));
  EXPECT_THAT(phrases("MILITARY ATTACHES"), ElementsAre("MILITARY ATTACHE", "MILITARY ATTACHES"));
}

TEST_F(AgentDictTest, IrregularAndSuppressedPlurals) {
  Load("ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
       "SNEAK_THIEF {SNEAK_THIEVES}[~CRM]\n"
       "HEAD_OF_NATIONAL_POLICE {HEADS_OF_NATIONAL_POLICE } [~COP]\n"
       "TROOPS {}  [~MIL]\n"
       "LIBERATION_FORCES_  [~REB]\n");  // trailing '_': no plural
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  auto phrases = [&](std::string_view w) { return agents_.Phrases(agents_.Find(Tokens(w))); };
  EXPECT_THAT(phrases("ATTORNEYS GENERAL"), ElementsAre("ATTORNEY GENERAL", "ATTORNEYS GENERAL"));
  EXPECT_THAT(phrases("SNEAK THIEF"), ElementsAre("SNEAK THIEF", "SNEAK THIEVES"));
  EXPECT_THAT(phrases("HEADS OF NATIONAL POLICE"),
              ElementsAre("HEAD OF NATIONAL POLICE", "HEADS OF NATIONAL POLICE"));
  EXPECT_THAT(phrases("TROOPS"), ElementsAre("TROOPS"));
  EXPECT_THAT(phrases("LIBERATION FORCES"), ElementsAre("LIBERATION FORCES"));
  EXPECT_EQ(agents_.Find(Tokens("ATTORNEY GENERALS")), AgentDict::kNoEntry);
  EXPECT_EQ(agents_.Find(Tokens("TROOPSES")), AgentDict::kNoEntry);
  EXPECT_EQ(agents_.stats().phrases, 8u);
}

TEST_F(AgentDictTest, SubstitutionSetsExpandWithoutPlurals) {
  Load("!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
       "!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\n"
       "BUSINESS!PERSON! [~BUS]\n"
       "HUSBAND!PERSON![~AGR]\n"
       "FOREIGN_!MINIST! [~GOV]\n"
       "!MINIST! FOR_ YOUTH_AND_SPORTS [~GOV]\n");
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  EXPECT_THAT(agents_.Phrases(agents_.Find(Tokens("BUSINESSMAN"))),
              ElementsAre("BUSINESSMAN", "BUSINESSMEN", "BUSINESSWOMAN", "BUSINESSWOMEN",
                          "BUSINESSPERSON"));
  EXPECT_EQ(CodeOf("BUSINESSWOMEN"), "~BUS");
  EXPECT_EQ(CodeOf("BUSINESSPERSONS"), "(none)");
  EXPECT_EQ(CodeOf("HUSBANDMEN"), "~AGR");
  EXPECT_EQ(CodeOf("FOREIGN MINISTRIES"), "~GOV");
  EXPECT_EQ(CodeOf("MINISTRY FOR YOUTH AND SPORTS"), "~GOV");
  AgentDict::Stats s = agents_.stats();
  EXPECT_EQ(s.substitution_sets, 2u);
  EXPECT_EQ(s.entries, 4u);
  EXPECT_EQ(s.phrases, 5u + 5u + 4u + 4u);
}

TEST_F(AgentDictTest, SeveralMarkersMultiplyOut) {
  Load("!A! = X, Y\n!B! = P, Q, R\n!A!_!B! [~ZZZ]\n");
  EXPECT_THAT(agents_.Phrases(0), ElementsAre("X P", "X Q", "X R", "Y P", "Y Q", "Y R"));
}

TEST_F(AgentDictTest, LaterSetDefinitionReplacesEarlier) {
  Load("!P! = MAN\nCHAIR!P! [~GOV]\n!P! = WOMAN\nSPOKES!P! [~GOV]\n");
  EXPECT_EQ(CodeOf("CHAIRMAN"), "~GOV");
  EXPECT_EQ(CodeOf("SPOKESWOMAN"), "~GOV");
  EXPECT_EQ(CodeOf("SPOKESMAN"), "(none)");
}

TEST_F(AgentDictTest, LongestMatchAndLaterDuplicateWins) {
  Load("MINISTER [~GOV]\nPRIME_MINISTER [~GOVPRM]\nMINISTER [~GOVX]\n");
  AgentDict::Match m = agents_.LongestMatch(Tokens("PRIME MINISTER SAID"));
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(agents_.agent(m.entry).code, "GOVPRM");
  m = agents_.LongestMatch(Tokens("MINISTERS OF"));
  EXPECT_EQ(m.length, 1u);
  EXPECT_EQ(agents_.agent(m.entry).code, "GOVX");
  EXPECT_EQ(agents_.LongestMatch(Tokens("OF MINISTERS")).length, 0u);

  Diagnostics lint;
  agents_.Lint(files_, &lint);
  ASSERT_EQ(lint.all().size(), 2u);  // MINISTER and MINISTERS
  EXPECT_EQ(lint.all()[0].line, 3);
  EXPECT_THAT(lint.all()[0].message, HasSubstr("'MINISTER' is also given at t.agents:1 with code [~GOV]"));
  EXPECT_THAT(lint.all()[0].message, HasSubstr("[~GOVX]"));
}

TEST_F(AgentDictTest, GeneratedDuplicateWithTheSameCodeIsNotLinted) {
  Load("!P! = MAN, MEN\nCHAIR!P! [~GOV]\nCHAIRMAN [~GOV]\n");
  Diagnostics lint;
  agents_.Lint(files_, &lint);
  EXPECT_TRUE(lint.empty());
}

TEST_F(AgentDictTest, CommentsAndCrlf) {
  Load("<!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->\r\n"
       "<! -- old style -->\r\n"
       "# JOURNALISTS'_UNION  [~LABMED]\r\n"
       "CLERIC  [~REL] ; legacy comment\r\n");
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  EXPECT_EQ(agents_.stats().entries, 1u);
  EXPECT_EQ(CodeOf("CLERICS"), "~REL");
}

// ---- Malformed input ----

TEST_F(AgentDictTest, MalformedLinesAreReportedAndSkipped) {
  Load("ISLAMIC_EXTREMIST\n"                 // 1 no code
       "THIEF {THIEVES [~CRM]\n"             // 2 '{' never closed
       "THIEF THIEVES} [~CRM]\n"             // 3 '}' alone
       "GOON [~CRM\n"                        // 4 '[' never closed
       "CONGRESS!PERSON! [~LEG]\n"           // 5 undefined set
       "BAD!MARK [~LEG]\n"                   // 6 marker never closed
       "NOTILDE [GOV]\n"                     // 7 no '~'
       "EMPTY [~]\n"                         // 8 empty code
       "[~GOV]\n"                            // 9 no phrase
       "TWO [~GOV] [~MIL]\n"                 // 10 two codes
       "!BROKEN = A, B\n"                    // 11 bad definition
       "!EMPTY! = , \n"                      // 12 no members
       "MANY {A} {B} [~GOV]\n"               // 13 two plurals
       "AFTER {A} B [~GOV]\n"                // 14 text after {}
       "WEIRD [~G%V]\n"                      // 15 bad code char
       "GOOD [~GOV]\n");
  std::string report = Report();
  EXPECT_THAT(report, HasSubstr("t.agents:1: error: agent 'ISLAMIC_EXTREMIST' has no code"));
  EXPECT_THAT(report, HasSubstr("t.agents:2: error: '{' is never closed"));
  EXPECT_THAT(report, HasSubstr("t.agents:3: error: '}' without a matching '{'"));
  EXPECT_THAT(report, HasSubstr("t.agents:4: error: '[' is never closed"));
  EXPECT_THAT(report, HasSubstr("t.agents:5: error: substitution set !PERSON! is not defined"));
  EXPECT_THAT(report, HasSubstr("t.agents:6: error: substitution marker in 'BAD!MARK' is never closed"));
  EXPECT_THAT(report, HasSubstr("t.agents:7: error: agent code 'GOV' must begin with '~'"));
  EXPECT_THAT(report, HasSubstr("t.agents:8: error: agent code '~' is empty"));
  EXPECT_THAT(report, HasSubstr("t.agents:9: error: agent code with no phrase"));
  EXPECT_THAT(report, HasSubstr("t.agents:10: error: agent line has more than one code"));
  EXPECT_THAT(report, HasSubstr("t.agents:11: error: substitution marker '!BROKEN = A, B' is never closed"));
  EXPECT_THAT(report, HasSubstr("t.agents:12: error: !EMPTY! has no members"));
  EXPECT_THAT(report, HasSubstr("t.agents:13: error: only one '{...}' plural"));
  EXPECT_THAT(report, HasSubstr("t.agents:14: error: text 'B' after '{...}'"));
  EXPECT_THAT(report, HasSubstr("t.agents:15: error: agent code '~G%V' contains '%'"));
  EXPECT_EQ(agents_.stats().entries, 1u) << report;
  EXPECT_EQ(agents_.stats().phrases, 2u);
  EXPECT_EQ(agents_.stats().substitution_sets, 0u);
  EXPECT_EQ(CodeOf("GOODS"), "~GOV");
}

TEST_F(AgentDictTest, ExplosiveMarkersAreCapped) {
  std::string text = "!S! = A, B, C, D, E, F, G, H\n";
  text += "!S!!S!!S!!S!!S!!S! [~GOV]\n";  // 8^6 = 262144 phrases
  text += "OK [~GOV]\n";
  Load(text);
  EXPECT_THAT(Report(), HasSubstr("t.agents:2: error: markers expand to more than"));
  EXPECT_EQ(agents_.stats().entries, 1u);
  EXPECT_EQ(agents_.stats().phrases, 2u);
}

TEST_F(AgentDictTest, BinaryGarbageTruncationAndHugeLines) {
  std::string text = "SOLDIER [~MIL]\n";
  text += std::string("\x00\xff\xfe{[\x01\n", 7);
  text += "SOLD\xe9 [~MIL]\n";
  text.append(100u << 20, '!');
  text += "\nWORKER [~LAB]\nPEASANT {PEAS";
  Load(std::move(text));
  std::string report = Report().substr(0, 2000);
  EXPECT_THAT(report, HasSubstr("t.agents:2: error: NUL byte"));
  EXPECT_THAT(report, HasSubstr("t.agents:3: warning: invalid UTF-8"));
  EXPECT_THAT(report, HasSubstr("t.agents:4: error: line of"));
  EXPECT_THAT(report, HasSubstr("t.agents:6: error: agent 'PEASANT {PEAS' has no code"));
  EXPECT_EQ(CodeOf("WORKERS"), "~LAB");
  EXPECT_EQ(agents_.stats().entries, 3u);
}

// ---- The real dictionaries ----

// Independent expectations from the raw text: every line holding a closed
// '[...]' is an agent; its phrases are the product of the sizes of the sets
// its `!NAME!` markers name, or one for `{}` or a trailing '_', or two for
// `{PLURAL}` or a regular noun.
struct RawAgentCounts {
  size_t entries = 0, phrases = 0, prefix = 0, suffix = 0, sets = 0;
};

RawAgentCounts CountRaw(const std::string& text) {
  RawAgentCounts n;
  std::map<std::string, size_t, std::less<>> set_sizes;
  for (std::string_view line : Split(text, '\n')) {
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty() || StartsWith(line, "<!")) continue;
    if (line[0] == '!' && line.find('=') != std::string_view::npos) {
      ++n.sets;
      std::string_view name = line.substr(1, line.find('!', 1) - 1);
      set_sizes[std::string(name)] = Split(line.substr(line.find('=') + 1), ',').size();
      continue;
    }
    size_t open = line.find('['), close = line.find(']');
    if (open == std::string_view::npos || close == std::string_view::npos) continue;
    ++n.entries;
    std::string_view code = Trim(line.substr(open + 1, close - open - 1));
    (code.back() == '~' ? n.prefix : n.suffix) += 1;
    std::string_view head = Trim(line.substr(0, open));
    std::vector<std::string_view> pieces = Split(head, '!');  // odd pieces are set names
    if (pieces.size() > 1) {
      size_t product = 1;
      for (size_t i = 1; i < pieces.size(); i += 2) product *= set_sizes[std::string(pieces[i])];
      n.phrases += product;
    } else if (head.find("{}") != std::string_view::npos || head.back() == '_') {
      n.phrases += 1;
    } else {
      n.phrases += 2;
    }
  }
  return n;
}

void CheckAgainstRawCounts(const std::string& path, size_t expected_errors) {
  Vocabulary vocabulary;
  SourceFiles files;
  Diagnostics diagnostics;
  AgentDict agents;
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  RawAgentCounts raw = CountRaw(*text);
  agents.Read(std::move(*text), path, files.Add(path), &vocabulary, &diagnostics);
  agents.Freeze();
  std::string report;
  for (const Diagnostic& d : diagnostics.all()) report += d.ToString() + "\n";
  EXPECT_EQ(diagnostics.error_count(), expected_errors) << report;
  AgentDict::Stats s = agents.stats();
  EXPECT_EQ(s.entries, raw.entries);
  EXPECT_EQ(s.phrases, raw.phrases);
  EXPECT_EQ(s.prefix_codes, raw.prefix);
  EXPECT_EQ(s.suffix_codes, raw.suffix);
  EXPECT_EQ(s.substitution_sets, raw.sets);
  Diagnostics lint;
  agents.Lint(files, &lint);
  EXPECT_EQ(lint.error_count(), 0u);
}

TEST(AgentDictRealFilesTest, PhoenixAgentsMatchTheRawFile) {
  SHARED_OR_SKIP(path, "peers/petrarch2/Phoenix.agents.txt");
  // Two real defects: DEPARMENT_OF_ENVIRONMENT [~ENV} (line 544) never
  // closes its '[', and ISLAMIC_EXTREMIST (line 1927) has no code.
  CheckAgainstRawCounts(path, 2);

  Vocabulary vocabulary;
  SourceFiles files;
  Diagnostics diagnostics;
  AgentDict agents;
  agents.Read(*ReadFile(path), path, files.Add(path), &vocabulary, &diagnostics);
  agents.Freeze();
  ASSERT_EQ(diagnostics.all().size(), 2u);
  EXPECT_THAT(diagnostics.all()[0].ToString(), HasSubstr("Phoenix.agents.txt:544: error: '[' is never closed"));
  EXPECT_THAT(diagnostics.all()[1].ToString(),
              HasSubstr("Phoenix.agents.txt:1927: error: agent 'ISLAMIC_EXTREMIST' has no code"));
  auto find = [&](std::string_view words) {
    std::vector<TokenId> ids;
    for (std::string_view w : SplitWhitespace(words)) ids.push_back(vocabulary.Find(w));
    return agents.Find(ids);
  };
  // BUSINESS!PERSON! [~BUS]
  AgentDict::EntryId businesswoman = find("BUSINESSWOMAN");
  ASSERT_NE(businesswoman, AgentDict::kNoEntry);
  EXPECT_EQ(agents.agent(businesswoman).code, "BUS");
  EXPECT_EQ(agents.agent(businesswoman).affix, AgentDict::Affix::kSuffix);
  EXPECT_EQ(find("BUSINESSMEN"), businesswoman);
  // TRUCE_MONITOR [IGO~]
  AgentDict::EntryId monitors = find("TRUCE MONITORS");
  ASSERT_NE(monitors, AgentDict::kNoEntry);
  EXPECT_EQ(agents.agent(monitors).code, "IGO");
  EXPECT_EQ(agents.agent(monitors).affix, AgentDict::Affix::kPrefix);
  EXPECT_EQ(files.Format(agents.agent(monitors).provenance), "Phoenix.agents.txt:2367");
}

TEST(AgentDictRealFilesTest, ValidationAgentsMatchTheRawFile) {
  SHARED_OR_SKIP(path, "peers/petrarch2/PETR.Validate.agents.txt");
  CheckAgainstRawCounts(path, 0);
}

}  // namespace
}  // namespace dyad
