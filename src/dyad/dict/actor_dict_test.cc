#include "dyad/dict/actor_dict.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

using ::testing::HasSubstr;

// Reads `text` as file "t.actors" and freezes.
class ActorDictTest : public ::testing::Test {
 protected:
  void Load(std::string text) {
    actors_.Read(std::move(text), "t.actors", files_.Add("t.actors"), &vocabulary_, &diagnostics_);
    actors_.Freeze();
  }

  std::vector<TokenId> Tokens(std::string_view words) {
    std::vector<TokenId> ids;
    for (std::string_view w : SplitWhitespace(words)) ids.push_back(vocabulary_.Intern(ToUpperAscii(w)));
    return ids;
  }

  ActorDict::EntryId Find(std::string_view words) { return actors_.Find(Tokens(words)); }

  // The code of the entry named `words` on `date`, or "(none)".
  std::string CodeOn(std::string_view words, int date) {
    ActorDict::EntryId e = Find(words);
    if (e == ActorDict::kNoEntry) return "(no entry)";
    const ActorDict::Code* c = actors_.CodeOn(e, date);
    return c == nullptr ? "(none)" : c->code;
  }

  // All diagnostics, one per line, for failure messages and substring checks.
  std::string Report() const {
    std::string out;
    for (const Diagnostic& d : diagnostics_.all()) out += d.ToString() + "\n";
    return out;
  }

  Vocabulary vocabulary_;
  SourceFiles files_;
  Diagnostics diagnostics_;
  ActorDict actors_;
};

TEST_F(ActorDictTest, PrimaryPhraseAndSynonymsShareTheEntry) {
  Load("AFGHANISTAN_  [AFG]\n"
       "+AFGHAN_ \n"
       "+ISLAMIC_REPUBLIC_OF_AFGHANISTAN\n"
       "+MAZAR-I-SHARIF_\n");
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  ActorDict::EntryId e = Find("AFGHANISTAN");
  ASSERT_NE(e, ActorDict::kNoEntry);
  EXPECT_EQ(Find("afghan"), e);
  EXPECT_EQ(Find("ISLAMIC REPUBLIC OF AFGHANISTAN"), e);
  EXPECT_EQ(Find("MAZAR-I-SHARIF"), e);
  EXPECT_EQ(Find("ISLAMIC REPUBLIC"), ActorDict::kNoEntry);
  EXPECT_EQ(actors_.PrimaryPhrase(e), "AFGHANISTAN");
  EXPECT_EQ(actors_.provenance(e).line, 1u);
  ActorDict::Stats s = actors_.stats();
  EXPECT_EQ(s.entries, 1u);
  EXPECT_EQ(s.synonyms, 3u);
  EXPECT_EQ(s.phrases, 4u);
  EXPECT_EQ(s.codes, 1u);
  EXPECT_EQ(s.dated_codes, 0u);
}

TEST_F(ActorDictTest, UnderscoresAndSpacesBothSeparateWords) {
  Load("JOHN_J MCCLOY_ [USA]\nHUMAN_RIGHTS_INTERNET HARVARD_ [NGO]\n");
  EXPECT_NE(Find("JOHN J MCCLOY"), ActorDict::kNoEntry);
  EXPECT_NE(Find("HUMAN RIGHTS INTERNET HARVARD"), ActorDict::kNoEntry);
}

TEST_F(ActorDictTest, LongestMatchPrefersTheLongerPhrase) {
  Load("UNITED_STATES [USA]\nUNITED_STATES_ARMY [USAMIL]\nUNITED [XXX]\n");
  std::vector<TokenId> np = Tokens("UNITED STATES ARMY OFFICERS");
  ActorDict::Match m = actors_.LongestMatch(np);
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(actors_.CodeOn(m.entry, 20200101)->code, "USAMIL");
  m = actors_.LongestMatch(Tokens("UNITED STATES NAVY"));
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(actors_.CodeOn(m.entry, 20200101)->code, "USA");
  m = actors_.LongestMatch(Tokens("STATES UNITED"));
  EXPECT_EQ(m.length, 0u);
  EXPECT_EQ(m.entry, ActorDict::kNoEntry);
}

TEST_F(ActorDictTest, DateBoundsIncludeBothEndsAndTheNarrowerTermHoldsOnAHandoverDay) {
  // As the PETRARCH validation suite's DATE records: '>D' and '<D' include D,
  // 'D1-D2' includes D1 and D2.
  Load("LEADER\n"
       "\t[AAAELI <19900101]\n"
       "\t[AAAGOV 19900101-19950101]\n"
       "\t[AAAOPP >19950101]\n"
       "ONE_DAY_ENVOY\n"
       "\t[IGOUNO 20200315-20200315]\n");
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  EXPECT_EQ(CodeOn("LEADER", 19891231), "AAAELI");
  // 1990-01-01 ends the open-ended ELI term and starts the GOV term: the
  // bounded one is narrower.
  EXPECT_EQ(CodeOn("LEADER", 19900101), "AAAGOV");
  EXPECT_EQ(CodeOn("LEADER", 19941231), "AAAGOV");
  EXPECT_EQ(CodeOn("LEADER", 19950101), "AAAGOV");
  EXPECT_EQ(CodeOn("LEADER", 19950102), "AAAOPP");
  EXPECT_EQ(CodeOn("ONE DAY ENVOY", 20200314), "(none)");
  EXPECT_EQ(CodeOn("ONE DAY ENVOY", 20200315), "IGOUNO");
  EXPECT_EQ(CodeOn("ONE DAY ENVOY", 20200316), "(none)");
  EXPECT_EQ(actors_.stats().dated_codes, 4u);
}

TEST_F(ActorDictTest, StatsCountDatedEntriesInTotalAndPerFile) {
  const uint32_t countries = files_.Add("countries.actors");
  const uint32_t people = files_.Add("people.actors");
  actors_.Read("RUSSIA_ [RUS]\nSWAZILAND_\n\t[SWZ <20180419]\n", "countries.actors", countries,
               &vocabulary_, &diagnostics_);
  actors_.Read("SERGEI_SHOIGU_\n\t[RUSMIL 20121106-20240513]\n\t[RUSGOV >20240513]\n"
               "SERGEI_LAVROV_ [RUSGOV]\n"
               "ANDREI_BELOUSOV_\n\t[RUSMIL >20240514]\n",
               "people.actors", people, &vocabulary_, &diagnostics_);
  actors_.Freeze();
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  EXPECT_EQ(actors_.stats().entries, 5u);
  EXPECT_EQ(actors_.stats().dated_codes, 4u);
  EXPECT_EQ(actors_.stats().dated_entries, 3u);
  EXPECT_EQ(actors_.file_stats(countries).entries, 2u);
  EXPECT_EQ(actors_.file_stats(countries).dated_entries, 1u);
  EXPECT_EQ(actors_.file_stats(people).entries, 3u);
  EXPECT_EQ(actors_.file_stats(people).dated_entries, 2u);
  EXPECT_EQ(actors_.file_stats(people).synonyms, 0u);
  EXPECT_EQ(actors_.file_stats(people + 1).entries, 0u);
}

TEST_F(ActorDictTest, DefaultCodeOnlyWhenNoDatedCodeApplies) {
  // As PETR.Validate's SAM_GAMGEE: the default comes first, yet the dated
  // codes win inside their ranges, the upper bound included (DATE-11).
  Load("SAM_GAMGEE [HOB]\n"
       "\t[HOBCIV <20080120]\n"
       "\t[ORCHOB 20100109-20100112]\n"
       "\t[HOBMIL 20080120-20121109]\n"
       "\t[HOBELI >20130119]\n");
  EXPECT_EQ(CodeOn("SAM GAMGEE", 20000101), "HOBCIV");
  EXPECT_EQ(CodeOn("SAM GAMGEE", 20100110), "ORCHOB");
  EXPECT_EQ(CodeOn("SAM GAMGEE", 20100112), "ORCHOB");
  EXPECT_EQ(CodeOn("SAM GAMGEE", 20100113), "HOBMIL");
  EXPECT_EQ(CodeOn("SAM GAMGEE", 20121201), "HOB");
  EXPECT_EQ(CodeOn("SAM GAMGEE", 20140101), "HOBELI");
}

TEST_F(ActorDictTest, NarrowestApplicableRangeWins) {
  Load("AHMED\n"
       "\t[BGDELI 580101-070301]\n"     // a career span ...
       "\t[BGDGOVBUS 030101-050531]\n"  // ... with a post inside it
       "\t[BGDGOV >070112]\n"           // open-ended: wider than any span
       "\t[BGDELI]\n"
       "TWINS\n"
       "\t[AAA 20000101-20000201]\n"    // 31 days
       "\t[BBB 20000115-20000215]\n"    // 31 days too: the first listed wins
       "\t[CCC 20000120-20000220]\n"    // 31 days
       "\t[DDD 20000125-20000224]\n");  // 30 days (2000 is a leap year)
  EXPECT_EQ(CodeOn("AHMED", 20020101), "BGDELI");
  EXPECT_EQ(CodeOn("AHMED", 20040101), "BGDGOVBUS");
  EXPECT_EQ(CodeOn("AHMED", 20070201), "BGDELI");
  EXPECT_EQ(CodeOn("AHMED", 20070301), "BGDELI");  // the span's last day
  EXPECT_EQ(CodeOn("AHMED", 20070302), "BGDGOV");
  EXPECT_EQ(CodeOn("AHMED", 19500101), "BGDELI");
  EXPECT_EQ(actors_.CodeOn(Find("AHMED"), 19500101)->dated, false);
  EXPECT_EQ(CodeOn("TWINS", 20000120), "AAA");
  EXPECT_EQ(CodeOn("TWINS", 20000125), "DDD");
  EXPECT_EQ(actors_.codes(Find("TWINS"))[0].span_days, 31);
  EXPECT_EQ(actors_.codes(Find("TWINS"))[3].span_days, 30);
  EXPECT_EQ(actors_.codes(Find("AHMED"))[2].span_days, ActorDict::kOpenRange);
}

TEST_F(ActorDictTest, RangeLengthsCountRealDays) {
  // Across month and year ends YYYYMMDD differences mislead; day counts don't.
  Load("A [AA 19991231-20000101]\nB [BB 20000228-20000301]\nC [CC 21000228-21000301]\n"
       "D [DD 19700101-20240101]\n");
  EXPECT_EQ(actors_.codes(Find("A"))[0].span_days, 1);
  EXPECT_EQ(actors_.codes(Find("B"))[0].span_days, 2);   // leap year
  EXPECT_EQ(actors_.codes(Find("C"))[0].span_days, 1);   // 2100 is not
  EXPECT_EQ(actors_.codes(Find("D"))[0].span_days, 19723);
}

TEST_F(ActorDictTest, NoCodeWhenOnlyDatedCodesAndNoneApplies) {
  Load("ONODOHER\n\t[ONO <911226]\n");
  EXPECT_EQ(CodeOn("ONODOHER", 19911225), "ONO");
  EXPECT_EQ(CodeOn("ONODOHER", 19911226), "ONO");
  EXPECT_EQ(CodeOn("ONODOHER", 19911227), "(none)");
}

TEST_F(ActorDictTest, EveryWrittenFormOfADate) {
  Load("A [AA < 950601]\n"                  // space after '<'
       "B [BB 19950601 - 19990815]\n"       // spaces around '-'
       "C [CC > 990816]\n"                  // two-digit year 99 -> 1999
       "D [DD >300101]\n"                   // 30 -> 2030
       "E [EE >310101]\n"                   // 31 -> 1931
       "F [FF  >070201]\n"                  // two spaces
       "G [GG<950601]\n"                    // no space after the code
       "H [HH 20000229-000301]\n");         // mixed lengths, leap day
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  auto only = [&](std::string_view w) { return actors_.codes(Find(w))[0]; };
  EXPECT_EQ(only("A").until, 19950601);
  EXPECT_EQ(only("A").from, ActorDict::kNoLowerBound);
  EXPECT_EQ(only("B").from, 19950601);
  EXPECT_EQ(only("B").until, 19990815);
  EXPECT_EQ(only("C").from, 19990816);
  EXPECT_EQ(only("C").until, ActorDict::kNoUpperBound);
  EXPECT_EQ(only("D").from, 20300101);
  EXPECT_EQ(only("E").from, 19310101);
  EXPECT_EQ(only("F").from, 20070201);
  EXPECT_EQ(only("G").code, "GG");
  EXPECT_EQ(only("G").until, 19950601);
  EXPECT_EQ(only("H").from, 20000229);
  EXPECT_EQ(only("H").until, 20000301);
}

TEST_F(ActorDictTest, SeveralCodesOnOneLineAndOnFollowingLines) {
  Load("AMR_MOUSSA_\t[IGOMEAARL >010515][EGYGOV]\t\n"
       "MICHELE_MONTAS_\t[HTIOPPMED <061231] [IGOUNOMED]\n"
       "KOFI_ANNAN_\t\n"
       "+K._ANNAN_\n"
       "\t[IGOUNO 970101-061231] \n"
       "  \t[ELI]\n");
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  EXPECT_EQ(CodeOn("AMR MOUSSA", 20000101), "EGYGOV");
  EXPECT_EQ(CodeOn("AMR MOUSSA", 20010515), "IGOMEAARL");
  EXPECT_EQ(CodeOn("MICHELE MONTAS", 20061230), "HTIOPPMED");
  EXPECT_EQ(CodeOn("MICHELE MONTAS", 20061231), "HTIOPPMED");
  EXPECT_EQ(CodeOn("MICHELE MONTAS", 20070101), "IGOUNOMED");
  EXPECT_EQ(CodeOn("K. ANNAN", 20000101), "IGOUNO");
  EXPECT_EQ(CodeOn("KOFI ANNAN", 20070101), "ELI");
  EXPECT_EQ(actors_.stats().codes, 6u);
  EXPECT_EQ(actors_.stats().dated_codes, 3u);
  ActorDict::EntryId kofi = Find("KOFI ANNAN");
  EXPECT_EQ(actors_.codes(kofi)[0].provenance.line, 5u);
  EXPECT_EQ(actors_.codes(kofi)[1].provenance.line, 6u);
}

TEST_F(ActorDictTest, CommentsOfEveryKind) {
  Load("# a comment line\n"
       "ATHENS  [GRC] #JW   10/17/91\n"
       "TUNIS [TUN] ; TABARI-style comment\n"
       "<!-- a block\n"
       "NOT_AN_ACTOR [XXX]\n"
       "-->\n"
       "<! -- PETRARCH skips any line that begins with <! -->\n"
       "ZIMBABWE\n"
       "\t[RHO <790606]\n"
       "\t[ZBW]#jw 9/30/91\n");
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  EXPECT_EQ(actors_.stats().entries, 3u);
  EXPECT_EQ(Find("NOT AN ACTOR"), ActorDict::kNoEntry);
  EXPECT_EQ(CodeOn("ATHENS", 20000101), "GRC");
  EXPECT_EQ(CodeOn("TUNIS", 20000101), "TUN");
  EXPECT_EQ(CodeOn("ZIMBABWE", 20000101), "ZBW");
}

TEST_F(ActorDictTest, CrlfLineEndsAreHarmless) {
  Load("GONDOR [GON]\r\n+MINAS_TIRITH\r\n\r\nMORDOR\r\n\t[MOR >20000101]\r\n");
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  EXPECT_EQ(CodeOn("MINAS TIRITH", 20000101), "GON");
  EXPECT_EQ(CodeOn("MORDOR", 20000101), "MOR");
}

TEST_F(ActorDictTest, EntriesAccumulateOverFilesAndKeepTheirProvenance) {
  actors_.Read("GONDOR [GON]\n", "a.actors", files_.Add("a.actors"), &vocabulary_, &diagnostics_);
  actors_.Read("\n\nROHAN [ROH]\n", "b.actors", files_.Add("b.actors"), &vocabulary_, &diagnostics_);
  actors_.Freeze();
  ActorDict::EntryId rohan = Find("ROHAN");
  ASSERT_NE(rohan, ActorDict::kNoEntry);
  EXPECT_EQ(files_.Format(actors_.provenance(rohan)), "b.actors:3");
  EXPECT_EQ(files_.Format(actors_.provenance(Find("GONDOR"))), "a.actors:1");
  EXPECT_EQ(actors_.stats().entries, 2u);
}

TEST_F(ActorDictTest, ACodeLineDoesNotReachIntoTheNextFile) {
  actors_.Read("GONDOR\n", "a.actors", files_.Add("a.actors"), &vocabulary_, &diagnostics_);
  actors_.Read("\t[GON]\n", "b.actors", files_.Add("b.actors"), &vocabulary_, &diagnostics_);
  actors_.Freeze();
  EXPECT_THAT(Report(), HasSubstr("a.actors:1: error: entry 'GONDOR' has no usable code"));
  EXPECT_THAT(Report(), HasSubstr("b.actors:1: error: code line with no entry before it"));
  EXPECT_EQ(actors_.stats().entries, 0u);
}

TEST_F(ActorDictTest, LaterDuplicateWinsAndLintNamesBothLines) {
  Load("XINHUA\n\t[MED]\nREUTERS [MED]\nXINHUA\n+XINHUA_NEWS_AGENCY\n\t[CHNMED]\nREUTERS [MED]\n");
  EXPECT_EQ(CodeOn("XINHUA", 20000101), "CHNMED");
  Diagnostics lint;
  actors_.Lint(files_, &lint);
  ASSERT_EQ(lint.all().size(), 1u);  // REUTERS repeats the same code: fine
  const Diagnostic& d = lint.all()[0];
  EXPECT_EQ(d.severity, Severity::kWarning);
  EXPECT_EQ(d.line, 4);
  EXPECT_THAT(d.message, HasSubstr("'XINHUA'"));
  EXPECT_THAT(d.message, HasSubstr("t.actors:1"));
  EXPECT_THAT(d.message, HasSubstr("[MED]"));
  EXPECT_THAT(d.message, HasSubstr("[CHNMED]"));
}

TEST_F(ActorDictTest, LintFindsUnusedDefaultsAndShadowedRanges) {
  Load("JORDAN_PM\n"
       "\t[JORGOV 071201-091231]\n"
       "\t[JORGOVMIL 071201-091231]\n"   // same range, listed second: never used
       "\t[JORGOV 20071125-20091214]\n"  // same code overlapping: harmless
       "\t[JORELI]\n"
       "\t[---]\n");                     // a second default: never used
  EXPECT_TRUE(diagnostics_.empty()) << Report();
  Diagnostics lint;
  actors_.Lint(files_, &lint);
  std::string all;
  for (const Diagnostic& d : lint.all()) all += d.ToString() + "\n";
  EXPECT_EQ(lint.all().size(), 2u) << all;
  EXPECT_THAT(all, HasSubstr("t.actors:3: warning: code [JORGOVMIL 20071201-20091231] never applies"));
  EXPECT_THAT(all, HasSubstr("t.actors:6: warning: undated code [---] is never used"));
}

// ---- Malformed input: each problem reported at its line, the rest read ----

TEST_F(ActorDictTest, BadDatesAreReportedAndOnlyThatCodeSkipped) {
  Load("BAN_KI-MOON\n"
       "\t[IGOUNO >20070101]\n"
       "\t[KORGOVBUS 2004017-20061201]\n"  // 7 digits (a real Phoenix typo)
       "\t[AAA 951301-960101]\n"           // month 13
       "\t[BBB 950230-960101]\n"           // 30 February
       "\t[CCC >19ab0101]\n"               // not a number
       "\t[DDD 960101-950101]\n"           // inverted
       "\t[EEE 20000101]\n"                // no '<', '>' or '-'
       "\t[FFF 19000229-19000301]\n"       // 1900 is not a leap year
       "\t[GGG >20000229]\n");             // 2000 is
  std::string report = Report();
  EXPECT_EQ(diagnostics_.error_count(), 7u) << report;
  EXPECT_THAT(report, HasSubstr("t.actors:3: error: date '2004017' has 7 digits"));
  EXPECT_THAT(report, HasSubstr("t.actors:4: error: date '951301' has month 13"));
  EXPECT_THAT(report, HasSubstr("t.actors:5: error: date '950230' has day 30"));
  EXPECT_THAT(report, HasSubstr("t.actors:6: error: date '19ab0101' is not a number"));
  EXPECT_THAT(report, HasSubstr("t.actors:7: error: date range '960101-950101' ends before it starts"));
  EXPECT_THAT(report, HasSubstr("t.actors:8:"));
  EXPECT_THAT(report, HasSubstr("t.actors:9: error: date '19000229'"));
  EXPECT_EQ(CodeOn("BAN KI-MOON", 20080101), "IGOUNO");
  EXPECT_EQ(actors_.codes(Find("BAN KI-MOON")).size(), 2u);
}

TEST_F(ActorDictTest, UnbalancedBracketsAreReported) {
  Load("GONDOR [GON\n"            // never closed; entry has no other code
       "ROHAN ROH]\n"             // ']' alone
       "MORDOR [MOR [MIL]]\n"     // nested
       "ARNOR [ARN] x [ARM]\n"    // text between groups
       "ERIADOR [ERI]\n");
  std::string report = Report();
  EXPECT_THAT(report, HasSubstr("t.actors:1: error: '[' is never closed"));
  EXPECT_THAT(report, HasSubstr("t.actors:1: error: entry 'GONDOR' has no usable code"));
  EXPECT_THAT(report, HasSubstr("t.actors:2: error: ']' without a matching '['"));
  EXPECT_THAT(report, HasSubstr("t.actors:3: error: '[' opens inside another"));
  EXPECT_THAT(report, HasSubstr("t.actors:4: error: text 'x' between two"));
  EXPECT_EQ(actors_.stats().entries, 1u) << report;
  EXPECT_EQ(CodeOn("ERIADOR", 20000101), "ERI");
}

TEST_F(ActorDictTest, ABrokenPrimaryLineStillOwnsItsFollowingLines) {
  // The ']' problem is reported once; the code line below still belongs to
  // GONDOR rather than being reported as orphaned.
  Load("GONDOR ]\n\t[GON]\n");
  EXPECT_EQ(diagnostics_.error_count(), 1u) << Report();
  EXPECT_EQ(CodeOn("GONDOR", 20000101), "GON");
}

TEST_F(ActorDictTest, OrphanLinesAndCodelessEntries) {
  Load("+SYNONYM_FIRST\n"
       "\t[ABC]\n"
       "U.N._\n"
       "Source: MNC.MLH.actors\n"
       "UN_ [IGOUNO]\n"
       "+\n"
       "[] \n"
       "[A%B]\n");
  std::string report = Report();
  EXPECT_THAT(report, HasSubstr("t.actors:1: error: '+' synonym with no entry before it"));
  EXPECT_THAT(report, HasSubstr("t.actors:2: error: code line with no entry before it"));
  EXPECT_THAT(report, HasSubstr("t.actors:3: error: entry 'U.N._' has no usable code"));
  EXPECT_THAT(report, HasSubstr("t.actors:4: error: entry 'Source: MNC.MLH.actors' has no usable code"));
  EXPECT_THAT(report, HasSubstr("t.actors:6: error: '+' line has no phrase"));
  EXPECT_THAT(report, HasSubstr("t.actors:7: error: '[]' has no code"));
  EXPECT_THAT(report, HasSubstr("t.actors:8: error: code 'A%B' contains '%'"));
  EXPECT_EQ(diagnostics_.error_count(), 7u) << report;
  EXPECT_EQ(actors_.stats().entries, 1u);
  EXPECT_EQ(actors_.stats().codes, 1u);
}

TEST_F(ActorDictTest, TextAfterTheCodesIsAWarning) {
  Load("A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\t$137,000,000\n");
  EXPECT_EQ(diagnostics_.error_count(), 0u);
  EXPECT_THAT(Report(), HasSubstr("t.actors:1: warning: text 'Newspapers/Magazines"));
  EXPECT_EQ(CodeOn("A.H. BELO CORPORATION", 20000101), "MNCMED");
}

TEST_F(ActorDictTest, TruncatedFile) {
  Load("GONDOR [GON]\nMORDOR\n+BARAD-DUR\n\t[MOR 20000101-2001");
  EXPECT_THAT(Report(), HasSubstr("t.actors:4: error: '[' is never closed"));
  EXPECT_THAT(Report(), HasSubstr("t.actors:2: error: entry 'MORDOR' has no usable code"));
  EXPECT_EQ(Find("BARAD-DUR"), ActorDict::kNoEntry);
  EXPECT_EQ(CodeOn("GONDOR", 20000101), "GON");
}

TEST_F(ActorDictTest, BinaryGarbageAndBadUtf8AreReportedNotFatal) {
  std::string text = "GONDOR [GON]\n";
  text += std::string("\x00\x01\x02\xff[\xfe]\n", 8);
  text += "CAF\xc3\xa9 [FRA]\n";     // valid UTF-8
  text += "CAF\xe9 [FRA]\n";         // Latin-1: kept, with a warning
  text += "ROHAN [ROH]\n";
  Load(text);
  std::string report = Report();
  EXPECT_THAT(report, HasSubstr("t.actors:2: error: NUL byte"));
  EXPECT_THAT(report, HasSubstr("t.actors:4: warning: invalid UTF-8"));
  EXPECT_EQ(CodeOn("ROHAN", 20000101), "ROH");
  EXPECT_EQ(CodeOn("CAF\xc3\xa9", 20000101), "FRA");
  EXPECT_EQ(actors_.stats().entries, 4u);
}

TEST_F(ActorDictTest, HugeLineIsSkippedQuickly) {
  std::string text = "GONDOR [GON]\n";
  text.append(100u << 20, 'A');
  text += " [AAA]\nROHAN [ROH]\n";
  Load(std::move(text));
  EXPECT_EQ(diagnostics_.error_count(), 1u) << Report().substr(0, 500);
  EXPECT_THAT(Report(), HasSubstr("t.actors:2: error: line of"));
  EXPECT_EQ(CodeOn("ROHAN", 20000101), "ROH");
  EXPECT_EQ(actors_.stats().entries, 2u);
}

TEST_F(ActorDictTest, ReadAfterFreezeIsRefused) {
  Load("GONDOR [GON]\n");
  actors_.Read("ROHAN [ROH]\n", "late.actors", files_.Add("late.actors"), &vocabulary_, &diagnostics_);
  EXPECT_THAT(Report(), HasSubstr("late.actors: error: actor dictionary is already frozen"));
  EXPECT_EQ(actors_.stats().entries, 1u);
}

// ---- The real dictionaries, checked against independent counts ----

// Counts taken straight from the raw text, without the reader's logic.
// Comments are cut at '#'; lines beginning "<!" are skipped (the files'
// "<!--" blocks are single lines, or multi-line blocks whose lines all begin
// "<!" or are blank). A block is a primary line (neither '+' nor '[') and the
// lines after it up to the next primary line.
struct RawBlock {
  size_t plus_lines = 0;
  size_t brackets = 0;        // closed [...] groups
  size_t dated_brackets = 0;  // of which have something after the code
  std::vector<int> lines;     // line numbers, to attribute reported errors
};

std::vector<RawBlock> RawBlocks(const std::string& text) {
  std::vector<RawBlock> blocks;
  int number = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++number;
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty() || StartsWith(line, "<!")) continue;
    if (line[0] != '+' && line[0] != '[') blocks.emplace_back();
    if (blocks.empty()) continue;
    RawBlock& b = blocks.back();
    b.lines.push_back(number);
    if (line[0] == '+') ++b.plus_lines;
    for (size_t open = line.find('['); open != std::string_view::npos; open = line.find('[', open + 1)) {
      size_t close = line.find(']', open);
      if (close == std::string_view::npos) break;
      ++b.brackets;
      std::string_view inside = Trim(line.substr(open + 1, close - open - 1));
      if (inside.find_first_of(" \t<>") != std::string_view::npos) ++b.dated_brackets;
    }
  }
  return blocks;
}

// How many of `d` are errors at `file`:`line` whose message contains `needle`.
size_t CountAt(const Diagnostics& d, std::string_view file, int line, std::string_view needle) {
  size_t n = 0;
  for (const Diagnostic& x : d.all()) {
    n += x.file == file && x.line == line && x.message.find(needle) != std::string::npos;
  }
  return n;
}

size_t CountContaining(const Diagnostics& d, std::string_view needle) {
  size_t n = 0;
  for (const Diagnostic& x : d.all()) n += x.message.find(needle) != std::string::npos;
  return n;
}

TEST(ActorDictRealFilesTest, PhoenixCountsMatchTheRawFiles) {
  SHARED_OR_SKIP(countries, "peers/petrarch2/Phoenix.Countries.actors.txt");
  SHARED_OR_SKIP(international, "peers/petrarch2/Phoenix.International.actors.txt");
  SHARED_OR_SKIP(milnonstate, "peers/petrarch2/Phoenix.MilNonState.actors.txt");
  Vocabulary vocabulary;
  SourceFiles files;
  Diagnostics diagnostics;
  ActorDict actors;
  std::vector<std::pair<std::string, std::vector<RawBlock>>> raw;
  for (const std::string& path : {countries, international, milnonstate}) {
    Result<std::string> text = ReadFile(path);
    ASSERT_TRUE(text.ok()) << text.status().ToString();
    raw.emplace_back(path, RawBlocks(*text));
    actors.Read(std::move(*text), path, files.Add(path), &vocabulary, &diagnostics);
  }
  actors.Freeze();
  std::string report;
  for (const Diagnostic& d : diagnostics.all()) report += d.ToString() + "\n";

  // Expected figures: a block survives when at least one of its brackets is
  // not reported as a skipped code (all of the files' bad codes are dated).
  ActorDict::Stats expected;
  size_t dropped_blocks = 0;
  for (const auto& [path, blocks] : raw) {
    for (const RawBlock& b : blocks) {
      size_t rejected = 0;
      for (int line : b.lines) rejected += CountAt(diagnostics, path, line, "code skipped");
      if (b.brackets == rejected) {
        ++dropped_blocks;
        continue;
      }
      expected.entries += 1;
      expected.synonyms += b.plus_lines;
      expected.codes += b.brackets - rejected;
      expected.dated_codes += b.dated_brackets - rejected;
    }
  }
  ActorDict::Stats s = actors.stats();
  EXPECT_EQ(s.entries, expected.entries);
  EXPECT_EQ(s.synonyms, expected.synonyms);
  EXPECT_EQ(s.phrases, s.entries + s.synonyms);
  EXPECT_EQ(s.codes, expected.codes);
  EXPECT_EQ(s.dated_codes, expected.dated_codes);
  EXPECT_GT(s.entries, 15000u);

  // The files' real defects, listed in the module report: 9 bad dates (7, 9
  // or 10 digits, an inverted range, a date with no '<', '>' or '-'), one
  // stray ']', and entries left with no code, mostly synonyms written
  // without their '+'.
  const size_t codeless = CountContaining(diagnostics, "has no usable code");
  EXPECT_EQ(codeless, dropped_blocks);
  EXPECT_EQ(CountContaining(diagnostics, "code skipped"), 9u) << report;
  EXPECT_EQ(CountContaining(diagnostics, "']' without a matching '['"), 1u) << report;
  EXPECT_EQ(diagnostics.error_count(), codeless + 9 + 1) << report;

  // Spot checks against lines of Phoenix.Countries.actors.txt.
  auto tokens = [&](std::string_view words) {
    std::vector<TokenId> ids;
    for (std::string_view w : SplitWhitespace(words)) ids.push_back(vocabulary.Find(w));
    return ids;
  };
  ActorDict::EntryId afghanistan = actors.Find(tokens("AFGHANISTAN"));
  ASSERT_NE(afghanistan, ActorDict::kNoEntry);
  EXPECT_EQ(actors.Find(tokens("ISLAMIC REPUBLIC OF AFGHANISTAN")), afghanistan);
  EXPECT_EQ(actors.CodeOn(afghanistan, 20150101)->code, "AFG");

  // ABDELHAMID_BRAHIMI_: [DZAELI 540101-840122] [DZAGOV 840122-881105] [DZAELI]
  ActorDict::EntryId brahimi = actors.Find(tokens("ABDELHAMID BRAHIMI"));
  ASSERT_NE(brahimi, ActorDict::kNoEntry);
  ASSERT_EQ(actors.codes(brahimi).size(), 3u);
  EXPECT_EQ(actors.CodeOn(brahimi, 19530101)->code, "DZAELI");  // before: the default
  EXPECT_EQ(actors.CodeOn(brahimi, 19600101)->code, "DZAELI");  // first range
  EXPECT_EQ(actors.CodeOn(brahimi, 19840122)->code, "DZAGOV");  // second range starts
  EXPECT_EQ(actors.CodeOn(brahimi, 19881104)->code, "DZAGOV");
  EXPECT_EQ(actors.CodeOn(brahimi, 19881105)->code, "DZAGOV");  // its last day
  EXPECT_EQ(actors.CodeOn(brahimi, 19881106)->code, "DZAELI");  // after: the default
  EXPECT_EQ(actors.CodeOn(brahimi, 19881106)->dated, false);

  // FAKHRUDDIN_AHMED_: [BGDELI 580101-070301] [BGDGOVBUS 030101-050531]
  // [BGDGOV 070301-090131] [BGDGOV >070112] [BGDELI]: a post nested in a span.
  ActorDict::EntryId ahmed = actors.Find(tokens("FAKHRUDDIN AHMED"));
  ASSERT_NE(ahmed, ActorDict::kNoEntry);
  EXPECT_EQ(actors.CodeOn(ahmed, 19570101)->code, "BGDELI");
  EXPECT_EQ(actors.CodeOn(ahmed, 19570101)->dated, false);
  EXPECT_EQ(actors.CodeOn(ahmed, 20040101)->code, "BGDGOVBUS");
  EXPECT_EQ(actors.CodeOn(ahmed, 20050531)->code, "BGDGOVBUS");
  EXPECT_EQ(actors.CodeOn(ahmed, 20050601)->code, "BGDELI");
  EXPECT_EQ(actors.CodeOn(ahmed, 20070201)->code, "BGDELI");
  EXPECT_EQ(actors.CodeOn(ahmed, 20080101)->code, "BGDGOV");
  EXPECT_EQ(actors.CodeOn(ahmed, 20150101)->code, "BGDGOV");

  // MOHAMED_BOUDIAF_: [DZAELI 370101-920114] [DZAGOV 920114-940131], no default.
  ActorDict::EntryId boudiaf = actors.Find(tokens("MOHAMED BOUDIAF"));
  ASSERT_NE(boudiaf, ActorDict::kNoEntry);
  EXPECT_EQ(actors.CodeOn(boudiaf, 19361231), nullptr);
  EXPECT_EQ(actors.CodeOn(boudiaf, 19500101)->code, "DZAELI");
  EXPECT_EQ(actors.CodeOn(boudiaf, 19930101)->code, "DZAGOV");
  EXPECT_EQ(actors.CodeOn(boudiaf, 19940131)->code, "DZAGOV");
  EXPECT_EQ(actors.CodeOn(boudiaf, 19940201), nullptr);
  EXPECT_EQ(files.Format(actors.provenance(boudiaf)), "Phoenix.Countries.actors.txt:769");

  Diagnostics lint;
  actors.Lint(files, &lint);
  EXPECT_EQ(lint.error_count(), 0u);
}

TEST(ActorDictRealFilesTest, ValidationDictionaryReadsCleanly) {
  SHARED_OR_SKIP(path, "peers/petrarch2/PETR.Validate.actors.txt");
  Vocabulary vocabulary;
  SourceFiles files;
  Diagnostics diagnostics;
  ActorDict actors;
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok());
  std::vector<RawBlock> blocks = RawBlocks(*text);
  actors.Read(std::move(*text), path, files.Add(path), &vocabulary, &diagnostics);
  actors.Freeze();
  std::string report;
  for (const Diagnostic& d : diagnostics.all()) report += d.ToString() + "\n";
  EXPECT_EQ(diagnostics.error_count(), 0u) << report;
  ActorDict::Stats expected;
  for (const RawBlock& b : blocks) {
    expected.entries += 1;
    expected.synonyms += b.plus_lines;
    expected.codes += b.brackets;
    expected.dated_codes += b.dated_brackets;
  }
  EXPECT_EQ(actors.stats().entries, expected.entries);
  EXPECT_EQ(actors.stats().synonyms, expected.synonyms);
  EXPECT_EQ(actors.stats().codes, expected.codes);
  EXPECT_EQ(actors.stats().dated_codes, expected.dated_codes);

  auto code_on = [&](std::string_view words, int date) -> std::string {
    std::vector<TokenId> ids;
    for (std::string_view w : SplitWhitespace(words)) ids.push_back(vocabulary.Find(w));
    ActorDict::EntryId e = actors.Find(ids);
    if (e == ActorDict::kNoEntry) return "(no entry)";
    const ActorDict::Code* c = actors.CodeOn(e, date);
    return c == nullptr ? "(none)" : c->code;
  };
  EXPECT_EQ(code_on("SMEAGOL", 19950531), "HOB");
  EXPECT_EQ(code_on("SMEAGOL", 19950601), "HOBGOV");
  EXPECT_EQ(code_on("SMEAGOL", 19990816), "HOBREB");
  EXPECT_EQ(code_on("INTERPOL", 20000101), "IGOCOPITP");
  EXPECT_EQ(code_on("PRINCE OF DOL AMROTH", 19950630), "---");
  EXPECT_EQ(code_on("PRINCE OF DOL AMROTH", 19950701), "DOL");
  EXPECT_EQ(code_on("SAM GAMGEE", 20100110), "ORCHOB");
}

}  // namespace
}  // namespace dyad
