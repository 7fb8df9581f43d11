// Runs the built `dyad` executable and checks exit codes and output.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "testing/shared_data.h"

namespace {

using ::dyad::testing::WriteTempFile;

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

CliRun RunDyad(const std::string& args) {
  CliRun r;
  std::string command = std::string(DYAD_CLI) + " " + args + " 2>&1";
  FILE* p = popen(command.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A JSON value, just enough to check the types of the event lines.
struct Json {
  enum Kind { kNull, kBool, kNumber, kString, kArray, kObject } kind = kNull;
  double number = 0;
  std::string text;
  std::vector<Json> items;
  std::map<std::string, Json> fields;
};

// A strict recursive-descent reader; false on anything that is not JSON.
class JsonReader {
 public:
  explicit JsonReader(const std::string& s) : s_(s) {}
  bool ReadDocument(Json* out) {
    if (!Value(out, 0)) return false;
    Space();
    return pos_ == s_.size();
  }

 private:
  void Space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool Literal(const char* word) {
    size_t n = std::char_traits<char>::length(word);
    if (s_.compare(pos_, n, word) != 0) return false;
    pos_ += n;
    return true;
  }
  bool String(std::string* out) {
    if (pos_ >= s_.size() || s_[pos_] != '"') return false;
    for (++pos_; pos_ < s_.size(); ++pos_) {
      unsigned char c = s_[pos_];
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (++pos_ >= s_.size()) return false;
        char e = s_[pos_];
        if (e == 'u') {
          if (pos_ + 4 >= s_.size()) return false;
          out->push_back('?');
          pos_ += 4;
        } else if (std::string("\"\\/bfnrt").find(e) != std::string::npos) {
          out->push_back(e);
        } else {
          return false;
        }
      } else {
        out->push_back(static_cast<char>(c));
      }
    }
    return false;
  }
  bool Value(Json* out, int depth) {
    if (depth > 20) return false;
    Space();
    if (pos_ >= s_.size()) return false;
    char c = s_[pos_];
    if (c == '"') {
      out->kind = Json::kString;
      return String(&out->text);
    }
    if (c == '{') {
      out->kind = Json::kObject;
      ++pos_;
      Space();
      if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
      for (;;) {
        Space();
        std::string key;
        if (!String(&key) || out->fields.count(key)) return false;
        Space();
        if (pos_ >= s_.size() || s_[pos_++] != ':') return false;
        if (!Value(&out->fields[key], depth + 1)) return false;
        Space();
        if (pos_ >= s_.size()) return false;
        if (s_[pos_] == '}') return ++pos_, true;
        if (s_[pos_++] != ',') return false;
      }
    }
    if (c == '[') {
      out->kind = Json::kArray;
      ++pos_;
      Space();
      if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
      for (;;) {
        out->items.emplace_back();
        if (!Value(&out->items.back(), depth + 1)) return false;
        Space();
        if (pos_ >= s_.size()) return false;
        if (s_[pos_] == ']') return ++pos_, true;
        if (s_[pos_++] != ',') return false;
      }
    }
    if (Literal("null")) return out->kind = Json::kNull, true;
    if (Literal("true") || Literal("false")) return out->kind = Json::kBool, true;
    size_t end = pos_;
    while (end < s_.size() && std::string("+-.0123456789eE").find(s_[end]) != std::string::npos) ++end;
    if (end == pos_) return false;
    out->kind = Json::kNumber;
    out->number = std::stod(s_.substr(pos_, end - pos_));
    pos_ = end;
    return true;
  }

  const std::string& s_;
  size_t pos_ = 0;
};

bool IsIsoDate(const Json& v) {
  if (v.kind != Json::kString || v.text.size() != 10) return false;
  for (size_t i = 0; i < 10; ++i) {
    if ((i == 4 || i == 7) ? v.text[i] != '-' : !std::isdigit(static_cast<unsigned char>(v.text[i]))) return false;
  }
  return true;
}

bool IsInteger(const Json& v) { return v.kind == Json::kNumber && v.number == static_cast<long long>(v.number); }

// Checks one event line against the event contract; returns the problems.
std::string ContractProblems(const std::string& line) {
  Json e;
  if (!JsonReader(line).ReadDocument(&e) || e.kind != Json::kObject) return "not a JSON object";
  std::string problems;
  auto need = [&](const char* name, bool ok) {
    if (!ok) problems += std::string(" ") + name;
  };
  auto field = [&](const char* name) -> const Json& {
    static const Json missing{Json::kNull, -1, "<missing>", {}, {}};
    auto it = e.fields.find(name);
    return it == e.fields.end() ? missing : it->second;
  };
  auto is_string = [&](const char* name) { return e.fields.count(name) && field(name).kind == Json::kString; };
  for (const char* name : {"event_id", "doc_id", "source", "target", "source_text", "target_text", "verb_text",
                           "sentence_text", "pattern"}) {
    need(name, is_string(name));
  }
  need("sentence_id", !e.fields.count("sentence_id") || is_string("sentence_id"));  // PETRARCH XML only
  need("event_id", !field("event_id").text.empty());
  need("sentence", IsInteger(field("sentence")) && field("sentence").number >= 0);
  need("date", IsIsoDate(field("date")));
  need("published", IsIsoDate(field("published")));
  const std::string& precision = field("date_precision").text;
  need("date_precision", precision == "day" || precision == "month" || precision == "year");
  const std::string& code = field("code").text;
  need("code", field("code").kind == Json::kString && code.size() >= 2);
  need("root", field("root").kind == Json::kString && field("root").text == code.substr(0, 2));
  const Json& quad = field("quad_class");
  need("quad_class", IsInteger(quad) && quad.number >= 1 && quad.number <= 4);
  need("goldstein", field("goldstein").kind == Json::kNumber && field("goldstein").number >= -10 &&
                        field("goldstein").number <= 10);
  const Json& spans = field("spans");
  need("spans", spans.kind == Json::kObject && spans.fields.size() == 3);
  for (const char* part : {"source", "target", "verb"}) {
    auto it = spans.fields.find(part);
    bool ok = it != spans.fields.end() &&
              (it->second.kind == Json::kNull ||
               (it->second.kind == Json::kArray && it->second.items.size() == 2 && IsInteger(it->second.items[0]) &&
                IsInteger(it->second.items[1]) && it->second.items[0].number <= it->second.items[1].number));
    need(part, ok);
  }
  need("location", e.fields.count("location") && (field("location").kind == Json::kNull ||
                                                 field("location").kind == Json::kObject));
  bool issues_ok = field("issues").kind == Json::kArray;
  for (const Json& i : field("issues").items) issues_ok = issues_ok && i.kind == Json::kString;
  need("issues", issues_ok);
  need("mentions", IsInteger(field("mentions")) && field("mentions").number >= 1);
  return problems;
}

std::string ProductionDictionaryFlags(const std::string& dir) {
  return " --verbs " + dir + "/CAMEO.2.0.txt --actors " + dir + "/Phoenix.Countries.actors.txt," + dir +
         "/Phoenix.International.actors.txt," + dir + "/Phoenix.MilNonState.actors.txt --agents " + dir +
         "/Phoenix.agents.txt --discards " + dir + "/Phoenix.discards.txt --issues " + dir +
         "/Phoenix.IssueCoding.txt";
}

TEST(CliTest, NoSubcommandIsAUsageError) {
  CliRun r = RunDyad("");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("subcommand"), std::string::npos) << r.out;
}

TEST(CliTest, LintReportsFileLineReasonAndFailsOnErrors) {
  std::string verbs = WriteTempFile("bad.verbs.txt",
                                "--- MEET [040] ---\n"
                                "MEET\n"
                                "- * {TALKS [042]\n"
                                "- * &UNDEFINED_SET [043]\n");
  CliRun r = RunDyad("dict lint --verbs " + verbs);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("bad.verbs.txt:3:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bad.verbs.txt:4:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("errors"), std::string::npos) << r.out;
}

TEST(CliTest, LintOfACleanSetSucceeds) {
  std::string verbs = WriteTempFile("good.verbs.txt", "--- MEET [040] ---\nMEET\n- * (WITH) [040]\n");
  std::string actors = WriteTempFile("good.actors.txt", "RUSSIA [RUS]\n+RUSSIAN_FEDERATION\n");
  CliRun r = RunDyad("dict lint --verbs " + verbs + " --actors " + actors);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("0 errors"), std::string::npos) << r.out;
}

TEST(CliTest, StatsPrintsCountsAndLoadTime) {
  std::string actors = WriteTempFile("two.actors.txt", "RUSSIA [RUS]\n+RUSSIAN_FEDERATION\nGONDOR\n\t[GON >20010101]\n");
  CliRun r = RunDyad("dict stats --actors " + actors);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("entries                      2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("dated codes                  1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("time"), std::string::npos) << r.out;
}

TEST(CliTest, UnreadableDictionaryExitsWithFailureNamingIt) {
  CliRun r = RunDyad("dict stats --verbs /nonexistent/v.txt");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("/nonexistent/v.txt"), std::string::npos) << r.out;
}

TEST(CliTest, AmbiguousDictionaryDirectoryIsRefused) {
  SHARED_OR_SKIP(verbs, "peers/petrarch2/CAMEO.2.0.txt");
  CliRun r = RunDyad("dict stats --dict " + fs::path(verbs).parent_path().string());
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("--verbs"), std::string::npos) << r.out;
}

TEST(CliTest, NamingTheAmbiguousPartSettlesIt) {
  SHARED_OR_SKIP(verbs, "peers/petrarch2/CAMEO.2.0.txt");
  std::string dir = fs::path(verbs).parent_path().string();
  CliRun r = RunDyad("dict stats --dict " + dir + " --verbs " + verbs + " --agents " + dir +
                     "/Phoenix.agents.txt --discards " + dir + "/Phoenix.discards.txt");
  EXPECT_NE(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("verb blocks                  397"), std::string::npos) << r.out;
}

TEST(CliTest, BuiltInSetLoadsWithoutErrors) {
  CliRun r = RunDyad("dict lint");
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

TEST(CliTest, CodeGigaWordWithTheProductionSet) {
  SHARED_OR_SKIP(xml, "peers/petrarch2/GigaWord.sample.PETR.xml");
  std::string dir = fs::path(xml).parent_path().string();
  std::string out = WriteTempFile("gigaword.jsonl", "");
  CliRun r = RunDyad("code --parsed --threads 2" + ProductionDictionaryFlags(dir) + " -o " + out + " " + xml);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("76 sentences"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" 0 skipped"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("GigaWord.sample.PETR.xml:"), std::string::npos) << r.out;  // no problem reported
  std::vector<std::string> lines = Lines(ReadAll(out));
  EXPECT_GT(lines.size(), 40u);
  std::set<std::string> ids;
  for (const std::string& line : lines) {
    EXPECT_EQ(ContractProblems(line), "") << line;
    Json e;
    ASSERT_TRUE(JsonReader(line).ReadDocument(&e));
    EXPECT_EQ(e.fields["sentence_id"].kind, Json::kString) << line;  // PETRARCH XML input carries one
    ids.insert(e.fields["event_id"].text);
  }
  EXPECT_EQ(ids.size(), lines.size()) << "event ids repeat";
}

TEST(CliTest, CodeOutputDoesNotDependOnThreads) {
  SHARED_OR_SKIP(xml, "peers/petrarch2/GigaWord.sample.PETR.xml");
  std::string dir = fs::path(xml).parent_path().string();
  CliRun one = RunDyad("code --parsed -q --threads 1" + ProductionDictionaryFlags(dir) + " " + xml);
  CliRun three = RunDyad("code --parsed -q --threads 3" + ProductionDictionaryFlags(dir) + " " + xml);
  EXPECT_EQ(one.exit_code, 0);
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, three.out);
}

constexpr char kSmallVerbs[] = "--- RESTORE [064] ---\nRESTORE\n";
constexpr char kSmallActors[] = "ARNOR [ARN]\nGONDOR [GON]\n";

std::string SmallRecord(const std::string& id, const std::string& parse_tail = "(. .)))") {
  return "<Sentence date=\"19950101\" id=\"" + id +
         "\">\n<Text>Arnor restored ties with Gondor.</Text>\n<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD "
         "restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) " +
         parse_tail + "</Parse>\n</Sentence>\n";
}

std::string SmallDictionaryFlags() {
  return " --verbs " + WriteTempFile("code.verbs.txt", kSmallVerbs) + " --actors " +
         WriteTempFile("code.actors.txt", kSmallActors);
}

TEST(CliTest, CodeReportsAndSkipsBadRecordsWithExitOne) {
  std::string xml = WriteTempFile("bad_records.xml", "<Sentences>\n" + SmallRecord("DOC-1") +
                                                     SmallRecord("DOC-2", "(. .)") +  // parse left open
                                                     "<Sentence date=\"19950101\">\n<Text>No id.</Text>\n"
                                                     "</Sentence>\n" +
                                                     SmallRecord("DOC-4") + "</Sentences>\n");
  std::string out = WriteTempFile("bad_records.jsonl", "");
  CliRun r = RunDyad("code --parsed" + SmallDictionaryFlags() + " -o " + out + " " + xml);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("bad_records.xml:6: error: DOC/DOC-2: bad_input_parse"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bad_records.xml:10: error:"), std::string::npos) << r.out;  // the record without id
  std::vector<std::string> lines = Lines(ReadAll(out));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0].find("\"sentence_id\":\"DOC-1\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find("\"sentence_id\":\"DOC-4\""), std::string::npos) << lines[1];
}

TEST(CliTest, ValidateFailsWhenARecordIsSkippedEvenIfTheRestPass) {
  WriteTempFile("val.verbs.txt", kSmallVerbs);
  WriteTempFile("val.actors.txt", kSmallActors);
  WriteTempFile("val.agents.txt", "MINISTER [~GOV]\n");
  const std::string expect = "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"/>\n";
  std::string record = SmallRecord("VAL-1");
  record.insert(record.find("<Text>"), expect);
  std::string xml = WriteTempFile("val.xml",
                              "<Validation>\n<Environment><Verbfile>val.verbs.txt</Verbfile>"
                              "<Actorfile>val.actors.txt</Actorfile><Agentfile>val.agents.txt</Agentfile></Environment>\n<Sentences>\n" +
                                  record + "<Sentence date=\"19950101\">\n<Text>No id.</Text>\n</Sentence>\n" +
                                  "</Sentences>\n</Validation>\n");
  CliRun r = RunDyad("validate --parsed " + xml);
  EXPECT_NE(r.out.find("\"id\":\"VAL-1\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 passed, 0 failed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("val.xml:"), std::string::npos) << r.out;  // the skipped record, reported
  EXPECT_EQ(r.exit_code, 1) << r.out;
}

TEST(CliTest, CodeReadsDirectoriesInNameOrderAndStdin) {
  fs::path dir = fs::path(WriteTempFile("code_dir/b.xml", "")).parent_path();
  WriteTempFile("code_dir/b.xml", "<Sentences>\n" + SmallRecord("B-1") + "</Sentences>\n");
  WriteTempFile("code_dir/a.xml", "<Sentences>\n" + SmallRecord("A-1") + "</Sentences>\n");
  CliRun r = RunDyad("code --parsed -q" + SmallDictionaryFlags() + " " + dir.string());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  size_t a = r.out.find("\"doc_id\":\"A\""), b = r.out.find("\"doc_id\":\"B\"");
  ASSERT_NE(a, std::string::npos) << r.out;
  ASSERT_NE(b, std::string::npos) << r.out;
  EXPECT_LT(a, b);

  CliRun piped = RunDyad("code --parsed -q" + SmallDictionaryFlags() + " - < " + (dir / "a.xml").string());
  EXPECT_EQ(piped.exit_code, 0) << piped.out;
  EXPECT_EQ(Lines(piped.out).size(), 1u) << piped.out;
}

TEST(CliTest, CodeOfPetrarchXmlWithoutParsedParsesTheText) {
  // The <Parse> given has no verb phrase, so only the text can yield the event.
  std::string xml = WriteTempFile("one.xml", "<Sentences>\n<Sentence date=\"19950101\" id=\"A-1\">\n"
                                             "<Text>Arnor restored ties with Gondor.</Text>\n"
                                             "<Parse>(ROOT (NP (NNP Arnor)))</Parse>\n</Sentence>\n"
                                             "<Sentence date=\"19950101\" id=\"A-2\">\n<Text></Text>\n"
                                             "</Sentence>\n</Sentences>\n");
  CliRun raw = RunDyad("code -q" + SmallDictionaryFlags() + " " + xml);
  EXPECT_EQ(raw.exit_code, 1) << raw.out;  // A-2 has no word to parse
  EXPECT_NE(raw.out.find("one.xml:6: error: A/A-2: no word in <Text>"), std::string::npos) << raw.out;
  std::vector<std::string> lines = Lines(raw.out);
  ASSERT_FALSE(lines.empty()) << raw.out;
  EXPECT_NE(raw.out.find("\"source\":\"ARN\",\"target\":\"GON\""), std::string::npos) << raw.out;
  CliRun parsed = RunDyad("code -q --parsed" + SmallDictionaryFlags() + " " + xml);
  EXPECT_EQ(parsed.out.find("\"source\":\"ARN\""), std::string::npos) << parsed.out;
}

// Bad input of every kind, each reported as FILE:LINE or DOC_ID with its
// reason, while the good documents around it are coded.
TEST(CliTest, CodeJsonlReportsBadDocumentsAndCodesTheRest) {
  std::string jsonl = WriteTempFile("docs.jsonl",
                                "{\"id\":\"a\",\"date\":\"1995-01-01\",\"text\":\"Arnor restored ties with Gondor.\"}\n"
                                "{bad\n"
                                "{\"id\":\"c\",\"date\":\"someday\",\"text\":\"Arnor restored ties with Gondor.\"}\n"
                                "{\"id\":\"d\",\"date\":\"1995-01-01\",\"body\":\"Arnor restored ties with Gondor.\"}\n"
                                "[\"Arnor restored ties with Gondor.\"]\n"
                                "{\"id\":\"f\",\"date\":\"1995-01-02\",\"text\":\"Gondor restored ties with Arnor.\"}\n");
  std::string empty = WriteTempFile("empty.txt", "");
  std::string binary = WriteTempFile("photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string undated = WriteTempFile("undated.txt",
                                      "Arnor and Gondor mend ties\n\nAFP Published 45 Jul, 2025 05:56pm\n\n"
                                      "Arnor restored ties with Gondor.\n");
  CliRun r = RunDyad("code" + SmallDictionaryFlags() + " " + empty + " " + binary + " " + undated + " " + jsonl);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("empty.txt: warning: empty file; skipped"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("photo.txt: error: binary file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("undated.txt: error: undated: no publication date"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("docs.jsonl:2: error: not JSON"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("docs.jsonl:3: error:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("docs.jsonl:4: error: no \"text\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("docs.jsonl:5: error: a JSON array, not an object"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("7 skipped"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"doc_id\":\"a\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"doc_id\":\"f\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"code\":\"064\""), std::string::npos) << r.out;

  // The same inputs without the bad ones: nothing skipped, exit 0.
  std::string good = WriteTempFile("good.jsonl",
                               "{\"id\":\"a\",\"date\":\"1995-01-01\",\"text\":\"Arnor restored ties with Gondor.\"}\n");
  CliRun ok = RunDyad("code" + SmallDictionaryFlags() + " " + good);
  EXPECT_EQ(ok.exit_code, 0) << ok.out;
  EXPECT_NE(ok.out.find(" 0 skipped"), std::string::npos) << ok.out;
}

// A 50 MB article, as a saved web page with an image inlined as base64 text:
// coded, with the events of its real sentences, in bounded memory (sentences
// are cut at the splitter's token limit) and without a crash.
TEST(CliTest, CodeOfAFiftyMegabyteArticle) {
  std::string blob;
  blob.reserve(size_t{50} << 20);
  const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  uint32_t x = 12345;
  while (blob.size() < (size_t{50} << 20)) {
    x = x * 1103515245u + 12345u;  // a fixed pseudo-random sequence
    blob.push_back(digits[(x >> 16) & 63]);
  }
  std::string path = WriteTempFile("huge/page.txt",
                                   "Arnor and Gondor mend ties\n\nAFP Published 12 Jul, 2025 05:56pm\n\n"
                                   "Arnor restored ties with Gondor on Saturday.\n\n<img src=\"data:image/png;base64," +
                                       blob + "\">\n\nGondor restored ties with Arnor on Friday.\n");
  blob.clear();
  blob.shrink_to_fit();
  CliRun r = RunDyad("code --threads 2" + SmallDictionaryFlags() + " " + path);
  std::filesystem::remove_all(fs::path(path).parent_path());
  EXPECT_EQ(r.exit_code, 0) << r.out.substr(0, 2000);
  std::vector<std::string> events;
  for (const std::string& line : Lines(r.out)) {
    if (line.rfind("{", 0) == 0) events.push_back(line);
  }
  ASSERT_EQ(events.size(), 2u) << r.out.substr(0, 2000);
  for (const std::string& line : events) EXPECT_EQ(ContractProblems(line), "") << line;
  EXPECT_NE(events[0].find("\"source\":\"ARN\",\"target\":\"GON\""), std::string::npos) << events[0];
  EXPECT_NE(events[0].find("\"date\":\"2025-07-12\""), std::string::npos) << events[0];
  EXPECT_NE(events[1].find("\"source\":\"GON\",\"target\":\"ARN\""), std::string::npos) << events[1];
  EXPECT_NE(events[1].find("\"date\":\"2025-07-11\""), std::string::npos) << events[1];
}

TEST(CliTest, CodeDedupDayMergesAcrossDocumentsAndKeepsEveryDocumentId) {
  std::string jsonl = WriteTempFile(
      "dedup.jsonl",
      "{\"id\":\"a\",\"date\":\"1995-01-01\",\"text\":\"Arnor restored ties with Gondor.\"}\n"
      "{\"id\":\"b\",\"date\":\"1995-01-02\",\"text\":\"Arnor restored ties with Gondor.\"}\n"
      "{\"id\":\"c\",\"date\":\"1995-01-01\","
      "\"text\":\"Arnor restored ties with Gondor. Arnor restored ties with Gondor.\"}\n"
      "{\"id\":\"d\",\"date\":\"1995-01-01\",\"text\":\"Arnor restored ties with Gondor.\"}\n");
  CliRun day = RunDyad("code -q --dedup day" + SmallDictionaryFlags() + " " + jsonl);
  EXPECT_EQ(day.exit_code, 0) << day.out;
  std::vector<std::string> lines = Lines(day.out);
  ASSERT_EQ(lines.size(), 2u) << day.out;
  Json first, second;
  ASSERT_TRUE(JsonReader(lines[0]).ReadDocument(&first)) << lines[0];
  ASSERT_TRUE(JsonReader(lines[1]).ReadDocument(&second)) << lines[1];
  EXPECT_EQ(ContractProblems(lines[0]), "") << lines[0];
  EXPECT_EQ(first.fields["doc_id"].text, "a");
  EXPECT_EQ(first.fields["date"].text, "1995-01-01");
  EXPECT_EQ(first.fields["mentions"].number, 4);  // a, c twice, d
  std::vector<std::string> ids;
  for (const Json& id : first.fields["doc_ids"].items) ids.push_back(id.text);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "c", "d"}));
  EXPECT_EQ(second.fields["date"].text, "1995-01-02");
  ASSERT_EQ(second.fields["doc_ids"].items.size(), 1u);
  EXPECT_EQ(second.fields["doc_ids"].items[0].text, "b");

  CliRun csv = RunDyad("code -q --dedup day --format csv" + SmallDictionaryFlags() + " " + jsonl);
  EXPECT_EQ(csv.exit_code, 0) << csv.out;
  EXPECT_NE(csv.out.find(",doc_ids\n"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find(",4,a;c;d\n"), std::string::npos) << csv.out;

  CliRun article = RunDyad("code -q" + SmallDictionaryFlags() + " " + jsonl);
  EXPECT_EQ(Lines(article.out).size(), 4u) << article.out;  // one per document
  EXPECT_EQ(article.out.find("doc_ids"), std::string::npos) << article.out;
}

TEST(CliTest, CodePrintsItsTotalsOnceUnlessQuiet) {
  std::string jsonl = WriteTempFile(
      "totals.jsonl", "{\"id\":\"a\",\"date\":\"1995-01-01\",\"text\":\"Arnor restored ties with Gondor.\"}\n");
  CliRun r = RunDyad("code -o /dev/null" + SmallDictionaryFlags() + " " + jsonl);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out, r.out.substr(0, r.out.find('\n') + 1)) << "one line: " << r.out;
  EXPECT_NE(r.out.find("dyad code: 1 documents ("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("documents/s), 1 sentences ("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" 1 events, 0 skipped, "), std::string::npos) << r.out;
  CliRun quiet = RunDyad("code -q -o /dev/null" + SmallDictionaryFlags() + " " + jsonl);
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.out, "");
}

TEST(CliTest, CodeTextArticleAsCsvAndPhoenix) {
  std::string text = WriteTempFile("story.txt",
                               "Arnor and Gondor mend ties\n\nAFP Published 12 Jul, 2025 05:56pm\n\n"
                               "Arnor restored ties with Gondor on Saturday.\n");
  CliRun csv = RunDyad("code -q --format csv" + SmallDictionaryFlags() + " " + text);
  EXPECT_EQ(csv.exit_code, 0) << csv.out;
  EXPECT_EQ(csv.out.rfind("event_id,doc_id,sentence,", 0), 0u) << csv.out;
  EXPECT_NE(csv.out.find(",2025-07-12,day,2025-07-12,ARN,GON,064,"), std::string::npos) << csv.out;
  CliRun phoenix = RunDyad("code -q --format tsv-phoenix" + SmallDictionaryFlags() + " " + text);
  EXPECT_EQ(phoenix.exit_code, 0) << phoenix.out;
  // ARN is no state code: Phoenix's entity column stays empty and the code
  // is an attribute.
  EXPECT_NE(phoenix.out.find("\t20250712\t2025\t07\t12\tARN\t\t\tARN\tGON\t\t\tGON\t064\t06\t2\t7\t"),
            std::string::npos)
      << phoenix.out;
}

constexpr char kNamesArticle[] =
    "Arnor and Gondor mend ties\n\nAFP Published 12 Jul, 2025 05:56pm\n\n"
    "Arnor restored ties with Gondor after Foreign Minister Ulla Berg met Tomas Varga on Saturday.\n\n"
    "Ulla Berg said Gondor would send Tomas Varga to Arnor, AFP reported.\n";

TEST(CliTest, ActorsUnknownListsNamesNoDictionaryKnowsWithContexts) {
  fs::path dir = fs::path(WriteTempFile("names/a.txt", kNamesArticle)).parent_path();
  WriteTempFile("names/b.jsonl",
                "{\"id\":\"b1\",\"date\":\"2025-07-13\",\"text\":\"Gondor thanked Ulla Berg.\"}\n");
  std::string flags =
      SmallDictionaryFlags() + " --agents " + WriteTempFile("names.agents.txt", "FOREIGN_MINISTER [~GOV]\n");
  CliRun table = RunDyad("actors --unknown" + flags + " " + dir.string());
  EXPECT_EQ(table.exit_code, 0) << table.out;
  EXPECT_NE(table.out.find("mentions  docs  titled  name\n"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("       3     2       1  Ulla Berg  (Foreign Minister)\n"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("       2     1       0  Tomas Varga\n"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("b1: Gondor thanked [[Ulla Berg]]."), std::string::npos) << table.out;
  for (const char* known : {" Arnor\n", " Gondor\n", " AFP\n", " Saturday\n", " Foreign Minister\n"}) {
    EXPECT_EQ(table.out.find(known), std::string::npos) << known << table.out;
  }

  CliRun jsonl = RunDyad("actors --unknown -q --format jsonl --top 1" + flags + " " + dir.string());
  EXPECT_EQ(jsonl.exit_code, 0) << jsonl.out;
  std::vector<std::string> lines = Lines(jsonl.out);
  ASSERT_EQ(lines.size(), 1u) << jsonl.out;
  Json name;
  ASSERT_TRUE(JsonReader(lines[0]).ReadDocument(&name)) << lines[0];
  EXPECT_EQ(name.fields["name"].text, "Ulla Berg");
  EXPECT_EQ(name.fields["mentions"].number, 3);
  EXPECT_EQ(name.fields["documents"].number, 2);
  ASSERT_EQ(name.fields["contexts"].items.size(), 3u);
  EXPECT_EQ(name.fields["contexts"].items[0].fields["doc_id"].text, "a");
  EXPECT_EQ(name.fields["contexts"].items[1].fields["doc_id"].text, "b1");

  // The same inputs give the same list, byte for byte.
  CliRun again = RunDyad("actors --unknown -q --format jsonl" + flags + " " + dir.string());
  CliRun once_more = RunDyad("actors --unknown -q --format jsonl" + flags + " " + dir.string());
  EXPECT_FALSE(again.out.empty());
  EXPECT_EQ(again.out, once_more.out);
}

TEST(CliTest, ActorsUnknownReportsBadDocumentsAndListsTheRest) {
  std::string article = WriteTempFile("names_bad/a.txt", kNamesArticle);
  std::string empty = WriteTempFile("names_bad/empty.txt", "");
  std::string binary = WriteTempFile("names_bad/blob.txt", std::string("GIF89a\0\0\x01\0", 10));
  std::string jsonl = WriteTempFile("names_bad/docs.jsonl",
                                    "{\"id\":\"b1\",\"text\":\"Gondor thanked Ulla Berg.\"}\n"
                                    "not json\n"
                                    "{\"id\":\"b3\"}\n");
  CliRun r = RunDyad("actors --unknown" + SmallDictionaryFlags() + " " + empty + " " + binary + " " + jsonl + " " +
                     article);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("empty.txt: warning: empty file; skipped"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("blob.txt: error: binary file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("docs.jsonl:2: error: not JSON"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("docs.jsonl:3: error: no \"text\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 documents"), std::string::npos) << r.out;  // b1 (no date needed) and a
  EXPECT_NE(r.out.find("4 skipped"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  Ulla Berg"), std::string::npos) << r.out;
}

TEST(CliTest, ActorsNeedsToBeToldWhatToList) {
  std::string article = WriteTempFile("names_what/a.txt", kNamesArticle);
  CliRun r = RunDyad("actors" + SmallDictionaryFlags() + " " + article);
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("--unknown"), std::string::npos) << r.out;
}

TEST(CliTest, CodeOfAMissingFileFailsNamingIt) {
  CliRun r = RunDyad("code --parsed" + SmallDictionaryFlags() + " /nonexistent/in.xml");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("/nonexistent/in.xml"), std::string::npos) << r.out;
}

}  // namespace
