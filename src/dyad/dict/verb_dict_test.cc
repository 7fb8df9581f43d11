#include "dyad/dict/verb_dict.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

class VerbDictTest : public ::testing::Test {
 protected:
  void Load(std::string text, const std::string& name = "test.verbs") {
    uint32_t index = files_.Add(name);
    dict_.Read(std::move(text), name, index, &vocab_, &diag_);
  }
  void LoadAndFreeze(std::string text) {
    Load(std::move(text));
    dict_.Freeze();
  }
  std::vector<TokenId> Ids(std::string_view words) {
    std::vector<TokenId> ids;
    for (std::string_view w : SplitWhitespace(words)) ids.push_back(vocab_.Find(w));
    return ids;
  }
  // The VerbForms spelled exactly `words`.
  std::vector<const VerbForm*> Forms(std::string_view words) {
    std::vector<const VerbForm*> out;
    for (uint32_t f : dict_.ExactForms(Ids(words))) out.push_back(&dict_.form(f));
    return out;
  }
  // Errors (or warnings) as "LINE: message" for compact assertions.
  std::vector<std::string> Messages(Severity severity, const Diagnostics& d) {
    std::vector<std::string> out;
    for (const Diagnostic& x : d.all()) {
      if (x.severity == severity) out.push_back(std::to_string(x.line) + ": " + x.message);
    }
    return out;
  }
  std::string Describe(std::span<const PatternElement> elements) {
    std::string s;
    for (const PatternElement& e : elements) {
      if (!s.empty() || e.joined) s += e.joined ? "_" : " ";
      switch (e.kind) {
        case ElementKind::kWord:
          s += vocab_.Spelling(e.value);
          break;
        case ElementKind::kWordChoice: {
          std::string alt;
          for (TokenId t : dict_.Choices(e)) {
            if (!alt.empty()) alt += '|';
            alt += vocab_.Spelling(t);
          }
          s.append("<").append(alt).append(">");
          break;
        }
        case ElementKind::kSynset:
          s.append("&").append(dict_.synset(e.value).name);
          break;
        case ElementKind::kSource:
          s += "$";
          break;
        case ElementKind::kTarget:
          s += "+";
          break;
        case ElementKind::kCompound:
          s += "%";
          break;
        case ElementKind::kSkip:
          s += "^";
          break;
        case ElementKind::kNounPhrase:
          s.append("{").append(std::to_string(e.count));
          break;
        case ElementKind::kPrepPhrase:
          s.append("(").append(std::to_string(e.count));
          break;
        case ElementKind::kGroupEnd:
          s += ".";
          break;
      }
    }
    return s;
  }
  std::string Describe(const VerbPattern& p) {
    return Describe(dict_.Before(p)) + (p.verb_joined ? "_*" : " *") + "|" +
           Describe(dict_.After(p));
  }

  Vocabulary vocab_;
  Diagnostics diag_;
  SourceFiles files_;
  VerbDictionary dict_;
};

TEST_F(VerbDictTest, BlockVerbsAndGeneratedRegularForms) {
  LoadAndFreeze(
      "--- ACCELERATE [---] ---\n"
      "HURRY {HURRIES HURRYING HURRIED }\n"
      "RUSH\n"
      "RACE\n"
      "ABORT [160]\n");
  ASSERT_EQ(diag_.error_count(), 0u);
  ASSERT_EQ(dict_.block_count(), 1u);
  const VerbBlock& block = dict_.block(0);
  EXPECT_EQ(block.name, "ACCELERATE");
  EXPECT_EQ(dict_.code(block.code).text, "---");
  EXPECT_EQ(block.verb_count, 4u);

  // Irregular forms are exactly the written ones: no generated HURRYED.
  auto hurried = Forms("HURRIED");
  ASSERT_EQ(hurried.size(), 1u);
  EXPECT_FALSE(hurried[0]->generated);
  EXPECT_EQ(dict_.block(hurried[0]->block).name, "ACCELERATE");
  EXPECT_EQ(vocab_.Find("HURRYED"), kNoToken);

  // English spelling (english_forms.h): RUSHES, where PETRARCH wrote RUSHS.
  EXPECT_TRUE(Forms("RUSHS").empty());
  for (const char* form : {"RUSHES", "RUSHED", "RUSHING", "RACES", "RACED", "RACING", "ABORTS",
                           "ABORTED", "ABORTING"}) {
    auto found = Forms(form);
    ASSERT_EQ(found.size(), 1u) << form;
    EXPECT_TRUE(found[0]->generated) << form;
  }
  // Verb codes: own code, else the block's.
  EXPECT_EQ(dict_.code(Forms("ABORTED")[0]->code).text, "160");
  EXPECT_TRUE(dict_.verb(Forms("ABORT")[0]->verb).own_code);
  EXPECT_EQ(dict_.code(Forms("RUSH")[0]->code).text, "---");

  VerbStats s = dict_.stats();
  EXPECT_EQ(s.verb_blocks, 1u);
  EXPECT_EQ(s.primary_verbs, 1u);
  EXPECT_EQ(s.synonyms, 3u);
  EXPECT_EQ(s.verb_forms, 4u + 4 + 4 + 4);
  EXPECT_TRUE(dict_.verb(0).primary);
  EXPECT_FALSE(dict_.verb(1).primary);
}

TEST_F(VerbDictTest, RegularFormSpellingRules) {
  LoadAndFreeze(
      "--- X [010] ---\n"
      "FIX\nCARRY\nAGREE\nUSE\nWATCH\nDEPLOY\n");
  for (const char* form : {"FIXES", "FIXED", "FIXING", "CARRIES", "CARRIED", "CARRYING", "AGREES",
                           "AGREED", "AGREEING", "USES", "USED", "USING", "WATCHES", "DEPLOYS",
                           "DEPLOYED", "DEPLOYING"}) {
    EXPECT_EQ(Forms(form).size(), 1u) << form;
  }
  for (const char* wrong : {"AGREING", "CARRYED", "WATCHS", "DEPLOIES"}) {
    EXPECT_TRUE(Forms(wrong).empty()) << wrong;
  }
}

TEST_F(VerbDictTest, MultiWordVerbsKeepTheMarkedVerbWord) {
  LoadAndFreeze(
      "--- EXCLUDE [1721] ---\n"
      "EXCLUDE\n"
      "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF , +CORDONING_OFF}\n"
      "WIRE_+TAP\n"
      "+BEEF_UP [0}\n");
  // The malformed code line is reported, the other lines stay.
  ASSERT_EQ(Messages(Severity::kError, diag_).size(), 1u);
  EXPECT_EQ(diag_.all()[0].line, 5);

  auto cordoned = Forms("CORDONED OFF");
  ASSERT_EQ(cordoned.size(), 1u);
  EXPECT_EQ(cordoned[0]->verb_position, 0);
  EXPECT_EQ(Forms("CORDONING OFF").size(), 1u);
  EXPECT_TRUE(Forms("CORDONS").empty());
  auto taps = Forms("WIRE TAPING");  // PETRARCH doubles no consonants
  ASSERT_EQ(taps.size(), 1u);
  EXPECT_EQ(taps[0]->verb_position, 1);
  EXPECT_TRUE(taps[0]->generated);
  EXPECT_EQ(Forms("WIRE TAPS").size(), 1u);

  // The trie finds the longest form in running text.
  std::span<const uint32_t> ids;
  std::vector<TokenId> text = Ids("CORDONED OFF EXCLUDE");
  EXPECT_EQ(dict_.MatchForms(text, &ids), 2u);
  EXPECT_EQ(dict_.stats().multi_word_verbs, 2u);

  // Every length at which forms end, shortest first, in one walk.
  std::vector<std::pair<size_t, size_t>> visited;  // length, forms
  dict_.VisitFormsFrom(Ids("WIRE TAPS WIRE"), [&](size_t length, std::span<const uint32_t> forms) {
    visited.emplace_back(length, forms.size());
  });
  EXPECT_EQ(visited, (std::vector<std::pair<size_t, size_t>>{{2, 1}}));
  visited.clear();
  dict_.VisitFormsFrom(Ids("EXCLUDED"), [&](size_t length, std::span<const uint32_t> forms) {
    visited.emplace_back(length, forms.size());
  });
  EXPECT_EQ(visited, (std::vector<std::pair<size_t, size_t>>{{1, 1}}));
  visited.clear();
  dict_.VisitFormsFrom(Ids("OFF CORDONED"), [&](size_t length, std::span<const uint32_t> forms) {
    visited.emplace_back(length, forms.size());
  });
  EXPECT_TRUE(visited.empty());
}

TEST_F(VerbDictTest, BlankSeparatedVerbIsReadAsMultiWordWithWarning) {
  LoadAndFreeze("--- LASH OUT [122] ---\nLASH OUT\n");
  EXPECT_EQ(diag_.error_count(), 0u);
  EXPECT_EQ(diag_.warning_count(), 1u);
  EXPECT_EQ(dict_.block(0).name, "LASH OUT");
  EXPECT_EQ(Forms("LASHED OUT").size(), 1u);
}

TEST_F(VerbDictTest, SynsetsPluralsNoPluralConventionAndNesting) {
  LoadAndFreeze(
      "&CURRENCY\n"
      "+DOLLAR\n"
      "+PENNY\n"
      "+KRONER_\n"
      "+SWISS_FRANC\n"
      "+JAVANESE YEN\n"
      "&AUXVERB_\n"
      "+WAS\n"
      "+IS_TO\n"
      "&MONEY\n"
      "+&CURRENCY\n"
      "+BILL\n"
      "--- GRANT [070] ---\n"
      "GRANT\n"
      "- * &MONEY [071]\n"
      "- &AUXVERB_ * [072]\n");
  ASSERT_EQ(diag_.error_count(), 0u);
  SynsetId currency = dict_.FindSynset("&CURRENCY");
  ASSERT_NE(currency, kNoSynset);
  EXPECT_EQ(dict_.FindSynset("AUXVERB"), dict_.FindSynset("&AUXVERB_"));

  auto matches = [&](SynsetId id, std::string_view words) {
    return dict_.MatchSynset(id, Ids(words));
  };
  EXPECT_EQ(matches(currency, "DOLLARS"), 1u);
  EXPECT_EQ(matches(currency, "PENNIES"), 1u);
  EXPECT_EQ(matches(currency, "KRONER"), 1u);
  EXPECT_EQ(vocab_.Find("KRONERS"), kNoToken);
  EXPECT_EQ(matches(currency, "SWISS FRANCS"), 2u);
  EXPECT_EQ(matches(currency, "JAVANESE YEN"), 2u);
  SynsetId aux = dict_.FindSynset("AUXVERB");
  EXPECT_EQ(matches(aux, "IS TO"), 2u);
  EXPECT_EQ(vocab_.Find("WASES"), kNoToken);  // label ends in `_`: no plurals

  SynsetId money = dict_.FindSynset("MONEY");
  EXPECT_EQ(matches(money, "BILLS"), 1u);
  EXPECT_EQ(matches(money, "SWISS FRANC"), 2u);  // through the nested &CURRENCY
  EXPECT_EQ(matches(currency, "BILL"), 0u);
  // Only first words of members (of any set) may begin one.
  EXPECT_TRUE(dict_.MayBeginMember(vocab_.Find("SWISS")));
  EXPECT_TRUE(dict_.MayBeginMember(vocab_.Find("BILLS")));
  EXPECT_FALSE(dict_.MayBeginMember(vocab_.Find("FRANC")));
  EXPECT_FALSE(dict_.MayBeginMember(vocab_.Find("GRANT")));
  // The sets a word begins a member of, nested ones counted, each once in
  // id order.
  auto begun_by = [&](std::string_view word) {
    std::span<const SynsetId> sets = dict_.SetsBegunBy(vocab_.Find(word));
    return std::vector<SynsetId>(sets.begin(), sets.end());
  };
  EXPECT_EQ(begun_by("SWISS"), (std::vector<SynsetId>{std::min(currency, money), std::max(currency, money)}));
  EXPECT_EQ(begun_by("BILLS"), std::vector<SynsetId>{money});
  EXPECT_TRUE(begun_by("FRANC").empty());
  EXPECT_TRUE(begun_by("GRANT").empty());

  VerbStats s = dict_.stats();
  EXPECT_EQ(s.synsets, 3u);
  EXPECT_EQ(s.synset_members, 9u);
  const Synset& m = dict_.synset(money);
  ASSERT_EQ(dict_.Members(m).size(), 3u);  // &CURRENCY, BILL, BILLS
  EXPECT_EQ(dict_.Members(m)[0].nested, currency);
  EXPECT_TRUE(dict_.Members(m)[2].generated_plural);
}

TEST_F(VerbDictTest, Petrarch2PatternsAreStructured) {
  LoadAndFreeze(
      "&WEAPON\n+GUN\n"
      "--- ASK [---] ---\n"
      "ASK\n"
      "- * {ARMS SHIPMENT}                [072]   # EXPEDITE\n"
      "- * (FOR {FIGHTER &WEAPON})        [0232]\n"
      "- * (TO {BANNED PARTIES}) $        [1722]\n"
      "- &WEAPON * (FROM ^)               [042:043]\n"
      "- * (BY/WITH PROTESTS)             [:173]\n"
      "- SPY_*_DEAL                       [111]\n");
  ASSERT_EQ(diag_.error_count(), 0u) << diag_.all()[0].ToString();
  ASSERT_EQ(dict_.pattern_count(), 6u);
  EXPECT_EQ(Describe(dict_.pattern(0)), " *|{2 ARMS SHIPMENT .");
  EXPECT_EQ(Describe(dict_.pattern(1)), " *|(5 FOR {2 FIGHTER &WEAPON . .");
  EXPECT_EQ(Describe(dict_.pattern(2)), " *|(5 TO {2 BANNED PARTIES . . $");
  EXPECT_EQ(Describe(dict_.pattern(3)), "&WEAPON *|(2 FROM ^ .");
  EXPECT_EQ(Describe(dict_.pattern(4)), " *|(2 <BY|WITH> PROTESTS .");
  EXPECT_EQ(Describe(dict_.pattern(5)), "SPY_*|_DEAL");

  const VerbPattern& passive = dict_.pattern(3);
  EXPECT_EQ(dict_.code(passive.code).text, "042:043");
  EXPECT_EQ(dict_.code(passive.code).active(), "042");
  EXPECT_EQ(dict_.code(passive.code).passive(), "043");
  EXPECT_EQ(dict_.code(dict_.pattern(4).code).active(), "");
  EXPECT_EQ(dict_.code(dict_.pattern(4).code).passive(), "173");
  EXPECT_EQ(passive.provenance.line, 8u);
  EXPECT_EQ(passive.block, 0u);

  VerbStats s = dict_.stats();
  EXPECT_EQ(s.petrarch2_patterns, 6u);
  EXPECT_EQ(s.linear_patterns, 0u);
  EXPECT_EQ(s.passive_patterns, 2u);
}

TEST_F(VerbDictTest, PatternSidesNeedTheirWordsAndAMemberOfEachSet) {
  LoadAndFreeze(
      "&MONEY\n"
      "+SWISS_FRANCS_\n"  // `_`: no generated plurals
      "+DUCATS_\n"
      "--- GIVE [070] ---\n"
      "GIVE\n"
      "- MILLIONS * &MONEY TO/FOR [071]\n");
  const VerbPattern& p = dict_.pattern(0);
  auto bit = [&](std::string_view w) { return TokenBit(vocab_.Find(w)); };
  EXPECT_EQ(p.before_needs.all, bit("MILLIONS"));
  EXPECT_EQ(p.before_needs.any_count, 0u);
  EXPECT_EQ(p.after_needs.all, 0u);  // no plain words after `*`
  // One mask per set or choice: the words a member can start with; the choices.
  std::span<const uint64_t> any = dict_.AnyOf(p.after_needs);
  ASSERT_EQ(any.size(), 2u);
  EXPECT_EQ(any[0], bit("SWISS") | bit("DUCATS"));
  EXPECT_EQ(any[1], bit("TO") | bit("FOR"));
  const Synset& money = dict_.synset(dict_.FindSynset("MONEY"));
  EXPECT_EQ(money.first_words, bit("SWISS") | bit("DUCATS"));
  EXPECT_EQ(money.last_words, bit("FRANCS") | bit("DUCATS"));
}

TEST_F(VerbDictTest, OneGroupMakesTheWholeFilePetrarch2Style) {
  LoadAndFreeze(
      "<!-- SYNSETS -->\n"
      "&GENINT\n+GENEVA\n"
      "&TIETYPES\n+MILITARY\n"
      "--- ACCORD [---] ---\n"
      "ACCORD\n"
      "- $ * + [042]\n"
      "- * (FOR AID) [070]\n"  // only in a PETRARCH2 file would this be a group
      "- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS [111]\n"
      "- % * [030:030]\n"
      "- + KNOWN_ * IN_ $ ^ [174K]\n"
      "- * NEW_&TIETYPES_RELATIONS [345]\n"
      "- INDICATED WOULD * NOW [1010]\n"
      "- * DIPLXMATIC [###] # the code holds '#'\n"
      "- ANTI- + * [---]\n");
  ASSERT_EQ(diag_.error_count(), 0u);
  EXPECT_EQ(dict_.stats().petrarch2_patterns, 9u);
}

TEST_F(VerbDictTest, LinearStyleFile) {
  LoadAndFreeze(
      "&GENINT\n+GENEVA\n"
      "&TIETYPES\n+MILITARY\n"
      "--- ACCORD [---] ---\n"
      "ACCORD\n"
      "- $ * + [042]\n"
      "- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS [111]\n"
      "- % * [030:030]\n"
      "- + KNOWN_ * IN_ $ ^ [174K]\n"
      "- * NEW_&TIETYPES_RELATIONS [345]\n"
      "- * DIPLXMATIC [###] # the code holds '#'\n"
      "- ANTI- + * [---]\n");
  ASSERT_EQ(diag_.error_count(), 0u);
  ASSERT_EQ(dict_.pattern_count(), 7u);
  EXPECT_EQ(Describe(dict_.pattern(0)), "$ *|+");
  EXPECT_EQ(Describe(dict_.pattern(1)), "SUGGESTED_+ *|DEMAND_&GENINT_CONVENTIONS");
  EXPECT_EQ(Describe(dict_.pattern(2)), "% *|");
  EXPECT_EQ(Describe(dict_.pattern(3)), "+ KNOWN *|IN $ ^");  // `X_ ` is an open match
  EXPECT_EQ(Describe(dict_.pattern(4)), " *|NEW_&TIETYPES_RELATIONS");
  EXPECT_EQ(Describe(dict_.pattern(6)), "ANTI- + *|");
  EXPECT_EQ(dict_.code(dict_.pattern(3).code).text, "174K");
  EXPECT_EQ(dict_.code(dict_.pattern(5).code).text, "###");
  VerbStats s = dict_.stats();
  EXPECT_EQ(s.linear_patterns, 7u);
  EXPECT_EQ(s.passive_patterns, 1u);
  EXPECT_EQ(dict_.pattern(0).style, PatternStyle::kLinear);
}

TEST_F(VerbDictTest, SynsetNamesWithUnderscoresPreferTheLongestDefinedName) {
  LoadAndFreeze(
      "&FIGHT_OF_WORDS\n+DEBATE\n"
      "&FIGHT\n+WAR\n"
      "--- ENGAGE [---] ---\n"
      "ENGAGE\n"
      "- * (IN &FIGHT_OF_WORDS) [111]\n"
      "- * &FIGHT_GAMES [062]\n");
  ASSERT_EQ(diag_.error_count(), 0u);
  EXPECT_EQ(Describe(dict_.pattern(0)), " *|(2 IN &FIGHT_OF_WORDS .");
  EXPECT_EQ(Describe(dict_.pattern(1)), " *|&FIGHT_GAMES");
  EXPECT_EQ(dict_.After(dict_.pattern(1)).size(), 2u);
}

TEST_F(VerbDictTest, Transformations) {
  LoadAndFreeze(
      "--- SAY [010] ---\nSAY {SAID SAYS SAYING}\n"
      "~ a (a b ATTACK) SAY = a b 015\n"
      "~ a (b . ATTACK ) WANT = a b 021\n"
      "~ a (a b WILL_ATTACK) SAY = a b 138\n"
      "~ a (a b ATTACK) SAY a b 015\n"
      "~ a a b ATTACK SAY = a b 015\n");
  EXPECT_EQ(
      Messages(Severity::kError, diag_),
      (std::vector<std::string>{
          "6: transformation does not have the shape '~ a (b c VERB) VERB = a b CODE'; skipped",
          "7: transformation does not have the shape '~ a (b c VERB) VERB = a b CODE'; skipped"}));
  auto x = dict_.transformations();
  ASSERT_EQ(x.size(), 3u);
  EXPECT_EQ(x[0].outer_source, "a");
  EXPECT_EQ(x[0].inner_source, "a");
  EXPECT_EQ(x[0].inner_target, "b");
  EXPECT_EQ(x[0].inner_verb, Ids("ATTACK"));
  EXPECT_EQ(x[0].outer_verb, Ids("SAY"));
  EXPECT_EQ(dict_.code(x[0].result_code).text, "015");
  EXPECT_EQ(x[0].provenance.line, 3u);
  EXPECT_EQ(x[1].inner_target, ".");
  EXPECT_EQ(x[2].inner_verb, Ids("WILL ATTACK"));
  EXPECT_EQ(dict_.stats().transformations, 3u);
}

TEST_F(VerbDictTest, MalformedLinesAreReportedAndSkipped) {
  LoadAndFreeze(
      "- * EARLY [010]\n"           // 1 pattern before any block
      "EARLY\n"                     // 2 verb before any block
      "--- GOOD [010] ---\n"        // 3
      "GOOD\n"                      // 4
      "- * {ARMS SHIPMENT [072]\n"  // 5 unbalanced {
      "- * (TO BORDER [154]\n"      // 6 unbalanced (
      "- * {ARMS) [072]\n"          // 7 ) closes {
      "- * AID [070\n"              // 8 unbalanced [
      "- * AID []\n"                // 9 empty code
      "- * AID\n"                   // 10 no code
      "- AID [070]\n"               // 11 no *
      "- * * AID [070]\n"           // 12 two *
      "- * AID [070] extra\n"       // 13 text after the code
      "- * {ARMS {X}} [070]\n"      // 14 nested {
      "- (FROM *) [070]\n"          // 15 * inside a group
      "- * &_ [070]\n"              // 16 & without name
      "- * A*B [070]\n"             // 17 * in a word
      "- * () [070]\n"              // 18 empty group
      "- * A//B [070]\n"            // 19 empty alternative
      "BAD {FORMS\n"                // 20 unbalanced {
      "BAD [1:2:3]\n"               // 21 two colons
      "+X_+Y\n"                     // 22 two +
      "BAD junk {A} more\n"         // 23 text after forms
      "--- [010] ---\n"             // 24 header without name
      "IGNORED\n"                   // 25 skipped with its block
      "- * IGNORED [010]\n"         // 26
      "--- NEXT [0 1] ---\n"        // 27 blank in code
      "--- LAST [020] ---\n"        // 28
      "LAST\n"                      // 29
      "- * {FINE} [020]\n"          // 30
      "&\n"                         // 31 empty synset label
      "+SKIPPED\n");                // 32 skipped with its label
  std::vector<int> lines;
  for (const Diagnostic& d : diag_.all()) {
    EXPECT_EQ(d.file, "test.verbs");
    if (d.severity == Severity::kError) lines.push_back(d.line);
  }
  EXPECT_EQ(lines, (std::vector<int>{1,  2,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14,
                                     15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 27, 31}));
  // What was good survives.
  EXPECT_EQ(dict_.block_count(), 2u);
  EXPECT_EQ(dict_.pattern_count(), 1u);
  EXPECT_EQ(dict_.pattern(0).provenance.line, 30u);
  EXPECT_EQ(Forms("GOOD").size(), 1u);
  EXPECT_EQ(Forms("LASTED").size(), 1u);
  EXPECT_TRUE(Forms("IGNORED").empty());
  EXPECT_EQ(vocab_.Find("SKIPPED"), kNoToken);
  EXPECT_NE(
      diag_.all()[2].ToString().find("test.verbs:5: error: malformed pattern (unbalanced '{')"),
      std::string::npos)
      << diag_.all()[2].ToString();
}

TEST_F(VerbDictTest, RecoverableSlipsAreWarnings) {
  // Slips found in CAMEO.2.0.txt: a stray closer, `*` glued to a word, a
  // header's closing dashes glued to its code.
  LoadAndFreeze(
      "---  DISGRACE   [110]---  ---\n"
      "DISGRACE\n"
      "- * VENTURE (WITH VISIT)   VISIT)[042:043]\n"
      "- *SCEPTICAL [012]\n");
  EXPECT_EQ(diag_.error_count(), 0u);
  EXPECT_EQ(Messages(Severity::kWarning, diag_),
            (std::vector<std::string>{"3: ')' without '(' in pattern; ignored",
                                      "4: '*' written against a word; read as a separate '*'"}));
  EXPECT_EQ(dict_.code(dict_.block(0).code).text, "110");
  ASSERT_EQ(dict_.pattern_count(), 2u);
  EXPECT_EQ(Describe(dict_.pattern(0)), " *|VENTURE (2 WITH VISIT . VISIT");
  EXPECT_EQ(dict_.code(dict_.pattern(0).code).text, "042:043");
  EXPECT_EQ(Describe(dict_.pattern(1)), " *|SCEPTICAL");
}

TEST_F(VerbDictTest, TruncatedFileKeepsWhatCameBefore) {
  LoadAndFreeze("&SET\n+ONE\n--- CUT [010] ---\nCUT\n- * {HALF");
  EXPECT_EQ(diag_.error_count(), 1u);
  EXPECT_EQ(diag_.all()[0].line, 5);
  EXPECT_EQ(Forms("CUTS").size(), 1u);
  EXPECT_EQ(dict_.stats().synset_members, 1u);
}

TEST_F(VerbDictTest, CrlfLineEndsReadLikeLf) {
  LoadAndFreeze(
      "--- SAY [010] ---\r\nSAY {SAID}\r\n- * AID [070]  # c\r\n~ a (a b X) SAY = a b 015\r\n");
  EXPECT_EQ(diag_.error_count(), 0u);
  EXPECT_EQ(Forms("SAID").size(), 1u);
  ASSERT_EQ(dict_.pattern_count(), 1u);
  EXPECT_EQ(dict_.code(dict_.pattern(0).code).text, "070");
  EXPECT_EQ(dict_.code(dict_.transformations()[0].result_code).text, "015");
}

TEST_F(VerbDictTest, BinaryGarbageAndBadUtf8AreReportedNotFatal) {
  std::string text = "--- OK [010] ---\nOK\n";
  text += std::string("\x00\x01\x02\xff", 4) + "\n";
  text += "\xC3\x28 [010]\n";  // invalid UTF-8 verb
  text += "- * \xFF\xFE [010]\n";
  LoadAndFreeze(text);
  EXPECT_GE(diag_.error_count(), 1u);  // the NUL line
  EXPECT_EQ(diag_.all()[0].line, 3);
  EXPECT_EQ(Forms("OK").size(), 1u);
  EXPECT_EQ(dict_.pattern_count(), 1u);  // kept as bytes, with a warning
  EXPECT_GE(diag_.warning_count(), 2u);
}

TEST_F(VerbDictTest, HugeLineIsSkipped) {
  std::string text = "--- BIG [010] ---\nBIG\n- * ";
  text.append(100u << 20, 'A');
  text += " [010]\n- * SMALL [011]\n";
  LoadAndFreeze(std::move(text));
  ASSERT_EQ(diag_.error_count(), 1u);
  EXPECT_EQ(diag_.all()[0].line, 3);
  ASSERT_EQ(dict_.pattern_count(), 1u);
  EXPECT_EQ(dict_.pattern(0).provenance.line, 4u);
}

TEST_F(VerbDictTest, SeveralFilesKeepTheirProvenance) {
  Load("&S\n+A\n", "one.verbs");
  Load("--- B [010] ---\nB\n- * &S [011]\n", "two.verbs");
  dict_.Freeze();
  EXPECT_EQ(diag_.error_count(), 0u);
  EXPECT_EQ(dict_.pattern(0).provenance.file, 1u);
  EXPECT_EQ(dict_.synset(dict_.FindSynset("S")).provenance.file, 0u);
  EXPECT_EQ(files_.Format(dict_.pattern(0).provenance), "two.verbs:3");
  Diagnostics lint;
  dict_.Lint(files_, &lint);
  EXPECT_TRUE(lint.empty());
}

TEST_F(VerbDictTest, LintReportsUndefinedUnusedCodesDuplicatesAndCycles) {
  LoadAndFreeze(
      "&UNUSED\n+X\n"         // 1-2
      "&A\n+&B\n"             // 3-4
      "&B\n+&A\n"             // 5-6
      "--- V [999] ---\n"     // 7
      "V [---]\n"             // 8
      "W [12X]\n"             // 9
      "- * &MISSING [010]\n"  // 10
      "- * AID [070]\n"       // 11
      "- * AID [071]\n"       // 12
      "- * AID [070]\n"       // 13 same code: fine
      "- * &A [042:0430]\n"   // 14 passive half unknown
      "- * &B [---]\n");      // 15
  ASSERT_EQ(diag_.error_count(), 0u);
  Diagnostics lint;
  dict_.Lint(files_, &lint);
  std::vector<std::string> errors = Messages(Severity::kError, lint);
  std::vector<std::string> warnings = Messages(Severity::kWarning, lint);
  EXPECT_NE(std::find(errors.begin(), errors.end(), "10: synset &MISSING is not defined"),
            errors.end());
  EXPECT_EQ(std::count_if(errors.begin(), errors.end(),
                          [](const std::string& e) {
                            return e.find("contains itself") != std::string::npos;
                          }),
            1);
  EXPECT_EQ(errors.size(), 2u);
  EXPECT_EQ(
      warnings,
      (std::vector<std::string>{
          "1: synset &UNUSED is defined but never used",
          "7: block code [999] is not in the CAMEO table",
          "9: verb code [12X] is not in the CAMEO table",
          "14: pattern code [042:0430] is not in the CAMEO table",
          "12: pattern repeats the one at test.verbs:11 with a different code ([071] vs [070])"}));
  // A cycle does not hang matching.
  EXPECT_EQ(dict_.MatchSynset(dict_.FindSynset("A"), Ids("X")), 0u);
}

// --- The real dictionaries, checked against plain line counts of the raw file.

struct LineCounts {
  size_t blocks = 0, patterns = 0, transformations = 0, synsets = 0, members = 0, verb_lines = 0;
  size_t passive = 0;
};

LineCounts CountLines(const std::string& text) {
  LineCounts c;
  bool after_label = false, in_blocks = false, in_comment = false;
  static const std::regex passive_code(R"(\[[^\]]*:[^\]]*\]\s*(#.*)?$)");
  for (std::string_view raw : Split(text, '\n')) {
    std::string_view line = TrimRight(raw);
    if (in_comment || StartsWith(line, "<!--")) {
      in_comment = line.find("-->") == std::string_view::npos;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    if (StartsWith(line, "---")) {
      ++c.blocks;
      in_blocks = true;
    } else if (StartsWith(line, "- ")) {
      ++c.patterns;
      if (std::regex_search(std::string(line), passive_code)) ++c.passive;
    } else if (StartsWith(line, "~ ")) {
      ++c.transformations;
    } else if (line[0] == '&') {
      ++c.synsets;
      after_label = true;
      continue;
    } else if (line[0] == '+' && after_label) {
      ++c.members;
      continue;
    } else if (in_blocks && !Trim(line.substr(0, line.find('#'))).empty()) {
      ++c.verb_lines;
    }
    after_label = false;
  }
  return c;
}

TEST_F(VerbDictTest, CameoDictionaryMatchesRawLineCounts) {
  SHARED_OR_SKIP(path, "peers/petrarch2/CAMEO.2.0.txt");
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  LineCounts expected = CountLines(*text);
  Load(*text, path);
  dict_.Freeze();
  for (const Diagnostic& d : diag_.all()) {
    if (d.severity == Severity::kError) ADD_FAILURE() << d.ToString();
  }
  // The file's own slips (see RecoverableSlipsAreWarnings) are warnings.
  EXPECT_EQ(diag_.warning_count(), 3u);

  VerbStats s = dict_.stats();
  EXPECT_EQ(s.verb_blocks, expected.blocks);
  EXPECT_EQ(s.petrarch2_patterns, expected.patterns);
  EXPECT_EQ(s.linear_patterns, 0u);
  EXPECT_EQ(s.passive_patterns, expected.passive);
  EXPECT_EQ(s.transformations, expected.transformations);
  EXPECT_EQ(s.synsets, expected.synsets);
  EXPECT_EQ(s.synset_members, expected.members);
  EXPECT_EQ(s.primary_verbs + s.synonyms, expected.verb_lines);
  EXPECT_GT(s.verb_forms, 3 * expected.verb_lines);

  auto hurried = Forms("HURRIED");
  ASSERT_EQ(hurried.size(), 1u);
  EXPECT_EQ(dict_.block(hurried[0]->block).name, "ACCELERATE");

  // `- * {ARMS SHIPMENT} [072]` in block ACCELERATE, at the line it is on.
  size_t want_line = 0, n = 0;
  for (std::string_view raw : Split(*text, '\n')) {
    ++n;
    if (StartsWith(raw, "- * {ARMS SHIPMENT}") && want_line == 0) want_line = n;
  }
  ASSERT_GT(want_line, 0u);
  const VerbBlock& block = dict_.block(hurried[0]->block);
  bool found = false;
  for (uint32_t p = block.first_pattern; p < block.end_pattern(); ++p) {
    const VerbPattern& pattern = dict_.pattern(p);
    if (Describe(pattern) == " *|{2 ARMS SHIPMENT ." && dict_.code(pattern.code).text == "072") {
      EXPECT_EQ(pattern.provenance.line, want_line);
      found = true;
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(dict_.transformations()[0].outer_verb, Ids("SAY"));
}

TEST_F(VerbDictTest, ValidateDictionaryMatchesRawLineCounts) {
  SHARED_OR_SKIP(path, "peers/petrarch2/PETR.Validate.verbs.txt");
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  LineCounts expected = CountLines(*text);
  Load(*text, path);
  dict_.Freeze();
  EXPECT_EQ(diag_.error_count(), 0u);

  VerbStats s = dict_.stats();
  EXPECT_EQ(s.verb_blocks, expected.blocks);
  EXPECT_EQ(s.linear_patterns, expected.patterns);
  EXPECT_EQ(s.petrarch2_patterns, 0u);
  EXPECT_EQ(s.passive_patterns, expected.passive);
  EXPECT_EQ(s.synsets, expected.synsets);
  EXPECT_EQ(s.synset_members, expected.members);
  EXPECT_EQ(s.primary_verbs + s.synonyms, expected.verb_lines);

  // Made-up codes are kept as written.
  auto bargain = Forms("BARGAINED");
  ASSERT_EQ(bargain.size(), 1u);
  const VerbBlock& block = dict_.block(bargain[0]->block);
  std::vector<std::string> codes;
  for (uint32_t p = block.first_pattern; p < block.end_pattern(); ++p) {
    codes.push_back(dict_.code(dict_.pattern(p).code).text);
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"174K", "112", "174L"}));
  // `+&TIETYPES` nests a set inside &ACCORDSYN.
  EXPECT_EQ(dict_.MatchSynset(dict_.FindSynset("ACCORDSYN"), Ids("ECONOMIC")), 1u);
  EXPECT_EQ(Forms("WIRE TAPPED").size(), 1u);
}

}  // namespace
}  // namespace dyad
