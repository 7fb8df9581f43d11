#include "dyad/pipeline/unknown_actors.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/read/article_text.h"
#include "nlohmann/json.hpp"
#include "testing/shared_data.h"

namespace dyad {
namespace {

using ::dyad::testing::WriteTempFile;

std::shared_ptr<const DictionarySet> SmallSet() {
  DictionaryPaths paths;
  paths.verbs = WriteTempFile("names.verbs.txt", "--- MEET [040] ---\nMEET\n");
  paths.actors = {WriteTempFile("names.actors.txt",
                                "ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON]\nELROND_HALFELVEN_ [ARNGOV]\n"
                                "LADY_MORWEN_ [GON]\n+MORWEN_STEELSHEEN_OF_LOSSARNACH_\n")};
  paths.agents =
      WriteTempFile("names.agents.txt", "FOREIGN_MINISTER [~GOV]\nLEADER [~GOV]\nREBEL [~REB]\nISLAMIC {} [~MOS]\n");
  Diagnostics diags;
  Result<std::shared_ptr<const DictionarySet>> set = DictionarySet::Load(paths, &diags);
  EXPECT_TRUE(set.ok()) << set.status().ToString();
  return *set;
}

// An article as published: headline, outlet line, then the body paragraphs.
Document Article(const std::string& id, const std::string& body, const std::string& headline = "Talks in Arnor") {
  Diagnostics diags;
  return ReadTextArticle(headline + "\n\nAFP Published 12 Jul, 2025 05:56pm\n\n" + body, id, &diags);
}

class UnknownActorsTest : public ::testing::Test {
 protected:
  UnknownActorsTest() : set_(SmallSet()) {}

  std::vector<UnknownName> Find(const std::vector<Document>& docs, size_t top = 50) {
    UnknownActorFinder finder(*set_, nullptr);
    for (const Document& doc : docs) {
      Status s = finder.Add(doc);
      EXPECT_TRUE(s.ok()) << s.ToString();
    }
    return finder.Top(top);
  }

  static const UnknownName* Named(const std::vector<UnknownName>& names, const std::string& name) {
    for (const UnknownName& n : names) {
      if (n.name == name) return &n;
    }
    return nullptr;
  }

  static std::string List(const std::vector<UnknownName>& names) {
    std::string s;
    for (const UnknownName& n : names) s += n.name + "(" + std::to_string(n.mentions) + ") ";
    return s;
  }

  // The names of one article, as List() writes them.
  std::string NamesIn(const std::string& body, const std::string& headline = "Talks in Arnor") {
    return List(Find({Article("a", body, headline)}));
  }

  std::shared_ptr<const DictionarySet> set_;
};

TEST_F(UnknownActorsTest, ANameInNoDictionaryIsListedWithItsCountAndContexts) {
  std::vector<Document> docs = {
      Article("a", "Arnor said it met Ulla Berg in the capital.\n\nThe talks with Ulla Berg went on late."),
      Article("b", "Gondor also met Ulla Berg on the way home."),
  };
  std::vector<UnknownName> names = Find(docs);
  const UnknownName* berg = Named(names, "Ulla Berg");
  ASSERT_NE(berg, nullptr) << List(names);
  EXPECT_EQ(berg->mentions, 3u);
  EXPECT_EQ(berg->documents, 2u);
  ASSERT_EQ(berg->contexts.size(), 3u);
  // One context per document first, then the second from "a".
  EXPECT_EQ(berg->contexts[0].doc_id, "a");
  EXPECT_EQ(berg->contexts[1].doc_id, "b");
  EXPECT_EQ(berg->contexts[2].doc_id, "a");
  EXPECT_EQ(berg->contexts[0].snippet, "Arnor said it met [[Ulla Berg]] in the capital.");
  EXPECT_EQ(docs[0].text.substr(berg->contexts[0].begin, berg->contexts[0].end - berg->contexts[0].begin), "Ulla Berg");
}

TEST_F(UnknownActorsTest, NamesTheDictionariesCoverAreNotListed) {
  std::vector<UnknownName> names = Find(
      {Article("a",
               "Elrond Halfelven met Arnorian envoys in Gondor.\n\nArnor said Halfelven and Elrond would return.\n\n"
               "The Foreign Minister spoke to a Leader of Gondor.")});
  EXPECT_EQ(Named(names, "Elrond Halfelven"), nullptr) << List(names);
  EXPECT_EQ(Named(names, "Halfelven"), nullptr) << List(names);  // part of a phrase matched in the document
  EXPECT_EQ(Named(names, "Elrond"), nullptr) << List(names);
  EXPECT_EQ(Named(names, "Arnorian"), nullptr) << List(names);
  EXPECT_EQ(Named(names, "Gondor"), nullptr) << List(names);
  EXPECT_EQ(Named(names, "Foreign Minister"), nullptr) << List(names);
  EXPECT_EQ(Named(names, "Leader"), nullptr) << List(names);
  EXPECT_TRUE(names.empty()) << List(names);
}

TEST_F(UnknownActorsTest, OverlappingDictionaryPhrasesLeaveNoRemnant) {
  // LADY_MORWEN_ matches first; the longer synonym starting inside it covers
  // the rest.
  EXPECT_EQ(NamesIn("Arnor greeted Lady Morwen Steelsheen of Lossarnach."), "");
}

TEST_F(UnknownActorsTest, ATitleOrAgentNounBeforeANameIsCountedAsEvidence) {
  std::vector<UnknownName> names =
      Find({Article("a",
                    "Arnorian Foreign Minister Ulla Berg met rebel leader Omar Saleh.\n\n"
                    "Gen. Tomas Varga stayed away, and Sheikh Tamim bin Hamad Al Thani sent a letter to Ulla Berg.")});
  const UnknownName* berg = Named(names, "Ulla Berg");
  ASSERT_NE(berg, nullptr) << List(names);
  EXPECT_EQ(berg->mentions, 2u);
  EXPECT_EQ(berg->titled, 1u);
  EXPECT_EQ(berg->titles, std::vector<std::string>{"Foreign Minister"});
  const UnknownName* saleh = Named(names, "Omar Saleh");
  ASSERT_NE(saleh, nullptr) << List(names);
  EXPECT_EQ(saleh->titles, std::vector<std::string>{"leader"});
  const UnknownName* varga = Named(names, "Tomas Varga");
  ASSERT_NE(varga, nullptr) << List(names);
  EXPECT_EQ(varga->titles, std::vector<std::string>{"Gen."});
  const UnknownName* tamim = Named(names, "Tamim bin Hamad Al Thani");  // connectors join one name
  ASSERT_NE(tamim, nullptr) << List(names);
  EXPECT_EQ(tamim->titles, std::vector<std::string>{"Sheikh"});
  // Titled names rank above an untitled one with as many mentions.
  EXPECT_EQ(names[0].name, "Ulla Berg");
}

TEST_F(UnknownActorsTest, DatesFunctionWordsOutletsAndSentenceStartsAreNoNames) {
  EXPECT_EQ(NamesIn("Arnor met Gondor on Saturday and again in July, Reuters reported.\n\n"
                    "Yesterday the talks ended, an AFP reporter said.\n\n"
                    "Meanwhile Gondor waited. They said It would end."),
            "");
}

TEST_F(UnknownActorsTest, ASingleWordCountsWhereItIsNotTheFirstOfItsSentence) {
  std::vector<UnknownName> names = Find({Article("a", "Arnor accused Hamas of the attack.\n\nHamas denied it.")});
  const UnknownName* hamas = Named(names, "Hamas");
  ASSERT_NE(hamas, nullptr) << List(names);
  EXPECT_EQ(hamas->mentions, 1u);  // the second opens its sentence
}

TEST_F(UnknownActorsTest, AShortFormCountsForTheLongerNameOfItsDocument) {
  std::vector<UnknownName> names =
      Find({Article("a", "Arnor met Johann Wadephul in Gondor.\n\nWadephul urged Arnor to act, Wadephul said."),
            Article("b", "Gondor met Wadephul.")});
  const UnknownName* long_name = Named(names, "Johann Wadephul");
  ASSERT_NE(long_name, nullptr) << List(names);
  EXPECT_EQ(long_name->mentions, 2u);                        // the sentence-initial short form is no evidence
  const UnknownName* short_name = Named(names, "Wadephul");  // in "b" nothing longer
  ASSERT_NE(short_name, nullptr) << List(names);
  EXPECT_EQ(short_name->mentions, 1u);
}

TEST_F(UnknownActorsTest, TitleCaseLinesAreNotRead) {
  EXPECT_EQ(NamesIn("Arnor met Gondor.\n\nWhy The Summit Matters For Everyone.\n\nGondor agreed.",
                    "Ulla Berg Meets Gondor Envoy in Arnor"),
            "");
  // A headline in sentence case is read like the body.
  EXPECT_EQ(NamesIn("Arnor met Gondor.", "Arnor and Ulla Berg agree on talks"), "Ulla Berg(1) ");
}

TEST_F(UnknownActorsTest, GluedWordsAndLongCapitalisedRunsAreNoNames) {
  EXPECT_EQ(NamesIn("Arnor posted img/Ulla+Berg/Omar+Saleh/Cy+Mo/Zed+Ko/Ab+Cd/Ef+Gh.png online.\n\n"
                    "Arnor sang Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo in Gondor."),
            "");
  // Ten words are still a name.
  EXPECT_EQ(NamesIn("Arnor sang Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett in Gondor."),
            "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett(1) ");
}

TEST_F(UnknownActorsTest, CompoundsCalendarNamesAndPiecesOfLongerNamesAreNoNames) {
  EXPECT_EQ(NamesIn("A Gondor-based group met Ulla Berg Tuesday, days before the end of August.\n\n"
                    "Boats crossed the South Arnor Sea."),
            "Ulla Berg(1) ");
}

TEST_F(UnknownActorsTest, WithTheLexiconAdjectivesJoinNamesAndOfficesJoinTitles) {
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Shared();
  if (!lexicon.ok()) GTEST_SKIP() << "no WordNet lexicon: " << lexicon.status().ToString();
  UnknownActorFinder finder(*set_, lexicon->get());
  ASSERT_TRUE(finder
                  .Add(Article("a",
                               "Arnor fought the Islamic Order near Gondor, Foreign Minister Ulla Berg said.\n\n"
                               "The leader of Foreign Affairs Omar Saleh agreed, and the leader of Hamas did not."))
                  .ok());
  std::vector<UnknownName> names = finder.Top(10);
  // After "AGENT of", known words name the office while two words are left.
  const UnknownName* saleh = Named(names, "Omar Saleh");
  ASSERT_NE(saleh, nullptr) << List(names);
  EXPECT_EQ(saleh->titles, std::vector<std::string>{"leader of Foreign Affairs"});
  const UnknownName* hamas = Named(names, "Hamas");
  ASSERT_NE(hamas, nullptr) << List(names);
  EXPECT_EQ(hamas->titled, 0u);
  const UnknownName* order = Named(names, "Islamic Order");
  ASSERT_NE(order, nullptr) << List(names);
  EXPECT_EQ(order->titled, 0u);
  const UnknownName* berg = Named(names, "Ulla Berg");
  ASSERT_NE(berg, nullptr) << List(names);
  EXPECT_EQ(berg->titles, std::vector<std::string>{"Foreign Minister"});
}

TEST_F(UnknownActorsTest, TheListIsOrderedAndCutAtTop) {
  std::vector<UnknownName> names = Find(
      {Article("a", "Arnor met Zed Ko and Abe Lu.\n\nGondor met Abe Lu.\n\nArnor met Abe Lu and Zed Ko and Cy Mo.")});
  ASSERT_EQ(names.size(), 3u) << List(names);
  EXPECT_EQ(names[0].name, "Abe Lu");
  EXPECT_EQ(names[1].name, "Zed Ko");
  EXPECT_EQ(names[2].name, "Cy Mo");
  std::vector<UnknownName> top = Find({Article("a", "Arnor met Zed Ko and Abe Lu.\n\nGondor met Abe Lu.")}, 1);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].name, "Abe Lu");
}

TEST_F(UnknownActorsTest, EqualCountsAreOrderedByNameWhateverTheInputOrder) {
  std::vector<UnknownName> one = Find({Article("a", "Arnor met Zed Ko."), Article("b", "Arnor met Abe Lu.")});
  std::vector<UnknownName> two = Find({Article("b", "Arnor met Abe Lu."), Article("a", "Arnor met Zed Ko.")});
  ASSERT_EQ(one.size(), 2u);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(one[0].name, "Abe Lu");
  EXPECT_EQ(two[0].name, "Abe Lu");
}

TEST_F(UnknownActorsTest, TheSameInputsGiveTheSameOutput) {
  std::vector<Document> docs = {
      Article("a", "Arnor met Ulla Berg and Omar Saleh.\n\nGondor met Omar Saleh."),
      Article("b", "Arnorian Foreign Minister Ulla Berg met Cy Mo."),
  };
  std::string first, second;
  for (const UnknownName& n : Find(docs)) AppendUnknownNameJsonLine(n, &first);
  for (const UnknownName& n : Find(docs)) AppendUnknownNameJsonLine(n, &second);
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(first, second);
}

TEST_F(UnknownActorsTest, JsonLinesCarryEveryField) {
  std::vector<UnknownName> names = Find({Article("a", "Arnorian Foreign Minister Ulla Berg met \"Gondor\".")});
  ASSERT_EQ(names.size(), 1u) << List(names);
  std::string out;
  AppendUnknownNameJsonLine(names[0], &out);
  ASSERT_EQ(out.back(), '\n');
  nlohmann::json j = nlohmann::json::parse(out);
  EXPECT_EQ(j["name"], "Ulla Berg");
  EXPECT_EQ(j["mentions"], 1);
  EXPECT_EQ(j["documents"], 1);
  EXPECT_EQ(j["titled"], 1);
  EXPECT_EQ(j["titles"], nlohmann::json::array({"Foreign Minister"}));
  ASSERT_EQ(j["contexts"].size(), 1u);
  EXPECT_EQ(j["contexts"][0]["doc_id"], "a");
  EXPECT_NE(j["contexts"][0]["text"].get<std::string>().find("[[Ulla Berg]] met \"Gondor\""), std::string::npos);
  EXPECT_EQ(j["contexts"][0]["span"].size(), 2u);
}

TEST_F(UnknownActorsTest, TheTableShowsCountsNameTitlesAndContexts) {
  std::string table;
  AppendUnknownNameTable(Find({Article("a", "Arnorian Foreign Minister Ulla Berg met Gondor.")}), &table);
  EXPECT_EQ(table.rfind("mentions  docs  titled  name\n", 0), 0u) << table;
  EXPECT_NE(table.find("       1     1       1  Ulla Berg  (Foreign Minister)\n"), std::string::npos) << table;
  EXPECT_NE(table.find("a: Arnorian Foreign Minister [[Ulla Berg]] met Gondor."), std::string::npos) << table;
}

TEST_F(UnknownActorsTest, LongSentencesAreCutAtWordsAroundTheName) {
  const std::string filler(40, 'x');
  std::string body = "Arnor";
  for (int i = 0; i < 6; ++i) body += " said " + filler;
  body += " that Ulla Berg";
  for (int i = 0; i < 6; ++i) body += " met " + filler;
  body += ".";
  std::vector<UnknownName> names = Find({Article("a", body)});
  ASSERT_EQ(names.size(), 1u) << List(names);
  const std::string& snippet = names[0].contexts.at(0).snippet;
  EXPECT_EQ(snippet.rfind("...", 0), 0u) << snippet;
  EXPECT_EQ(snippet.substr(snippet.size() - 3), "...") << snippet;
  EXPECT_NE(snippet.find(" that [[Ulla Berg]] met "), std::string::npos) << snippet;
  EXPECT_LT(snippet.size(), 2 * 70 + 20u) << snippet;
  // No word is cut in half: every filler word shown is whole.
  for (std::string_view word : SplitWhitespace(std::string_view(snippet).substr(3, snippet.size() - 6))) {
    if (word.find('x') != std::string_view::npos) {
      EXPECT_EQ(word, filler) << snippet;
    }
  }
}

}  // namespace
}  // namespace dyad
