#include "dyad/read/input_files.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dyad {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

class InputFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_input_files_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, std::string_view content) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  fs::path dir_;
};

std::vector<std::string> Names(const std::vector<InputFile>& files) {
  std::vector<std::string> out;
  for (const InputFile& f : files) out.push_back(fs::path(f.path).filename().string());
  return out;
}

TEST(InputFormat, Names) {
  EXPECT_EQ(ParseInputFormatName("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(ParseInputFormatName("petrarch-xml"), InputFormat::kPetrarchXml);
  EXPECT_EQ(ParseInputFormatName("text"), InputFormat::kText);
  EXPECT_EQ(ParseInputFormatName("xml"), std::nullopt);
  EXPECT_EQ(InputFormatName(InputFormat::kJsonl), "jsonl");
}

TEST(DetectInputFormat, FromContent) {
  EXPECT_EQ(DetectInputFormat("<?xml version=\"1.0\"?>\n<Sentences>\n"), InputFormat::kPetrarchXml);
  EXPECT_EQ(DetectInputFormat("<!-- x -->\n<Sentence date=\"20250712\" id=\"A-1\">"), InputFormat::kPetrarchXml);
  EXPECT_EQ(DetectInputFormat("\n  {\"id\":\"a\",\"text\":\"b\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(DetectInputFormat("\xEF\xBB\xBF{\"id\":\"a\"}"), InputFormat::kJsonl);
  EXPECT_EQ(DetectInputFormat("Headline\n\nMOSCOW: Body.\n"), InputFormat::kText);
  EXPECT_EQ(DetectInputFormat("Headline\n{braces later}\n"), InputFormat::kText);
}

TEST_F(InputFilesTest, DirectoriesAreListedSortedAndFlat) {
  Write("b.txt", "B");
  Write("a.txt", "A");
  Write("c.jsonl", "{}");
  Write("sub/inner.txt", "I");
  std::string single = Write("single.txt", "S");
  Diagnostics diags;
  std::vector<InputFile> files =
      ExpandInputPaths({single, dir_.string(), "-", (dir_ / "missing.txt").string()}, &diags);
  EXPECT_THAT(Names(files), ElementsAre("single.txt", "a.txt", "b.txt", "c.jsonl", "single.txt", "-"));
  EXPECT_EQ(files.back().name, "<stdin>");
  ASSERT_EQ(diags.all().size(), 2u);
  EXPECT_THAT(diags.all()[0].ToString(), HasSubstr("sub: warning: subdirectory not read"));
  EXPECT_THAT(diags.all()[1].ToString(), HasSubstr("missing.txt: error: no such file or directory"));
}

TEST(ExpandInputPaths, NoPathMeansStdin) {
  Diagnostics diags;
  std::vector<InputFile> files = ExpandInputPaths({}, &diags);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].path, "-");
}

TEST_F(InputFilesTest, LoadScreensFiles) {
  Diagnostics diags;
  std::string ok = Write("ok.txt", "Headline\n\nBody.\n");
  std::string empty = Write("empty.txt", "");
  std::string blank = Write("blank.txt", " \n\n\t");
  std::string nul = Write("nul.txt", std::string("Head\0line", 9));
  std::string control = Write("control.bin", std::string(200, '\x01') + "text");
  std::string noise = Write("noise.bin", std::string(300, '\xFF'));
  std::string latin1 = Write("latin1.txt", "Caf\xE9 owners protested on Monday in the capital.\n");

  EXPECT_EQ(LoadInput({ok, ok}, &diags), "Headline\n\nBody.\n");
  EXPECT_EQ(LoadInput({empty, empty}, &diags), std::nullopt);
  EXPECT_EQ(LoadInput({blank, blank}, &diags), std::nullopt);
  EXPECT_EQ(LoadInput({nul, nul}, &diags), std::nullopt);
  EXPECT_EQ(LoadInput({control, control}, &diags), std::nullopt);
  EXPECT_EQ(LoadInput({noise, noise}, &diags), std::nullopt);
  EXPECT_TRUE(LoadInput({latin1, latin1}, &diags).has_value());
  EXPECT_EQ(LoadInput({dir_.string(), dir_.string()}, &diags), std::nullopt);

  std::vector<std::string> messages;
  for (const Diagnostic& d : diags.all()) messages.push_back(d.ToString());
  ASSERT_EQ(messages.size(), 6u);
  EXPECT_THAT(messages[0], HasSubstr("empty.txt: warning: empty file; skipped"));
  EXPECT_THAT(messages[1], HasSubstr("blank.txt: warning: empty file; skipped"));
  EXPECT_THAT(messages[2], HasSubstr("nul.txt: error: binary file (NUL byte at offset 4); skipped"));
  EXPECT_THAT(messages[3], HasSubstr("control.bin: error: binary file (mostly control characters)"));
  EXPECT_THAT(messages[4], HasSubstr("noise.bin: error: binary file (mostly not UTF-8 text)"));
  EXPECT_THAT(messages[5], HasSubstr("is a directory"));
}

TEST_F(InputFilesTest, SizeLimit) {
  std::string article = "Headline\n\n" + std::string(50 << 20, 'a') + ".\n";  // a 50 MB article
  std::string big = Write("big.txt", article);
  Diagnostics diags;
  std::optional<std::string> loaded = LoadInput({big, big}, &diags);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->size(), article.size());
  std::vector<Document> docs = ReadDocuments({big, big}, std::move(*loaded), InputFormat::kText, &diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].title, "Headline");
  EXPECT_EQ(docs[0].CodedSegments().size(), 2u);

  InputLimits small;
  small.max_file_bytes = 1000;
  EXPECT_EQ(LoadInput({big, big}, &diags, small), std::nullopt);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_THAT(diags.all()[0].ToString(), HasSubstr("big.txt: error: file of "));
  EXPECT_THAT(diags.all()[0].message, HasSubstr("larger than the limit of 1000"));
}

TEST(ReadDocuments, DocumentSizeLimit) {
  InputLimits small;
  small.max_document_bytes = 25;
  Diagnostics diags;
  EXPECT_THAT(ReadDocuments({"in/long.txt", "in/long.txt"}, "Headline\n\nA body longer than 25 bytes here.",
                            InputFormat::kText, &diags, {}, small),
              IsEmpty());
  std::vector<Document> docs = ReadDocuments(
      {"b.jsonl", "b.jsonl"}, "{\"id\":\"long\",\"text\":\"Longer than the 25 byte cap.\"}\n{\"id\":\"s\",\"text\":\"x\"}\n",
      InputFormat::kJsonl, &diags, {}, small);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "s");
  ASSERT_EQ(diags.error_count(), 2u);
  EXPECT_THAT(diags.all()[0].ToString(), HasSubstr("long: error: article of 43 bytes is larger than the limit of 25"));
  EXPECT_THAT(diags.all()[1].ToString(), HasSubstr("b.jsonl:1: error: line of 51 bytes"));
}

TEST_F(InputFilesTest, StandardInput) {
  std::string path = Write("piped.txt", "Headline\n\nBody from a pipe.\n");
  ASSERT_NE(std::freopen(path.c_str(), "rb", stdin), nullptr);
  Diagnostics diags;
  std::vector<InputFile> files = ExpandInputPaths({"-"}, &diags);
  ASSERT_EQ(files.size(), 1u);
  std::optional<std::string> content = LoadInput(files[0], &diags);
  ASSERT_TRUE(content.has_value());
  std::vector<Document> docs = ReadDocuments(files[0], std::move(*content), InputFormat::kText, &diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "stdin");
  EXPECT_EQ(docs[0].title, "Headline");
  EXPECT_TRUE(diags.empty());
}

TEST_F(InputFilesTest, ReadDocumentsByFormat) {
  std::string text_path = Write("story.txt", "Headline\n\nBody.\n");
  std::string jsonl_path = Write("batch.jsonl", "{\"id\":\"x\",\"date\":\"2025-07-12\",\"text\":\"Body.\"}\nnot json\n");
  Diagnostics diags;
  std::vector<Document> text = ReadDocuments({text_path, text_path}, "Headline\n\nBody.\n", InputFormat::kText, &diags);
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(text[0].id, "story");
  EXPECT_EQ(text[0].file, text_path);
  EXPECT_EQ(text[0].line, 0);

  std::vector<Document> jsonl = ReadDocuments({jsonl_path, jsonl_path}, *LoadInput({jsonl_path, jsonl_path}, &diags),
                                              InputFormat::kJsonl, &diags);
  ASSERT_EQ(jsonl.size(), 1u);
  EXPECT_EQ(jsonl[0].id, "x");
  EXPECT_EQ(jsonl[0].file, jsonl_path);
  EXPECT_EQ(jsonl[0].line, 1);
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_EQ(diags.all()[0].file, jsonl_path);
  EXPECT_EQ(diags.all()[0].line, 2);

  EXPECT_THAT(ReadDocuments({"x.xml", "x.xml"}, "<Sentences/>", InputFormat::kPetrarchXml, &diags), IsEmpty());
  EXPECT_EQ(diags.error_count(), 2u);
}

}  // namespace
}  // namespace dyad
