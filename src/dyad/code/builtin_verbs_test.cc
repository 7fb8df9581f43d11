// Codes testdata/builtin_verbs.xml, hand-parsed wire-style sentences, with
// dyad's built-in dictionaries (data/dictionaries/): every record must give
// exactly the events it lists, and the dictionaries must load silently.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "dyad/base/diagnostics.h"
#include "dyad/code/validation.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

std::string Listing(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.all()) out += d.ToString() + "\n";
  return out;
}

std::string Triples(const std::vector<EventTriple>& events) {
  std::string out;
  for (const EventTriple& e : events) out += " (" + e[0] + " " + e[1] + " " + e[2] + ")";
  return out.empty() ? " none" : out;
}

class BuiltinVerbsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    diagnostics_ = new Diagnostics;
    report_ = new Result<ValidationReport>(
        RunValidationFile(testing::RepoFile("testdata/builtin_verbs.xml"), diagnostics_));
  }
  static void TearDownTestSuite() {
    delete report_;
    delete diagnostics_;
  }

  static Diagnostics* diagnostics_;
  static Result<ValidationReport>* report_;
};

Diagnostics* BuiltinVerbsTest::diagnostics_ = nullptr;
Result<ValidationReport>* BuiltinVerbsTest::report_ = nullptr;

TEST_F(BuiltinVerbsTest, LoadsWithoutDiagnostics) {
  ASSERT_TRUE(report_->ok()) << report_->status().ToString();
  EXPECT_TRUE(diagnostics_->all().empty()) << Listing(*diagnostics_);
}

TEST_F(BuiltinVerbsTest, EveryRecordCodesAsExpected) {
  ASSERT_TRUE(report_->ok()) << report_->status().ToString();
  const ValidationReport& report = **report_;
  ASSERT_GE(report.records.size(), 70u);
  for (const RecordVerdict& r : report.records) {
    EXPECT_TRUE(r.pass) << r.id << " (" << r.outcome << "): expected" << Triples(r.expected) << ", produced"
                        << Triples(r.produced);
  }
  EXPECT_EQ(report.failed, 0u);
}

// The fixture is meant to exercise the whole dictionary, not one corner: its
// expected events span every CAMEO root.
TEST_F(BuiltinVerbsTest, ExpectedEventsCoverEveryCameoRoot) {
  ASSERT_TRUE(report_->ok()) << report_->status().ToString();
  std::set<std::string> roots;
  for (const RecordVerdict& r : (*report_)->records) {
    for (const EventTriple& e : r.expected) roots.insert(e[2].substr(0, 2));
  }
  std::string missing;
  for (int root = 1; root <= 20; ++root) {
    std::string code = (root < 10 ? "0" : "") + std::to_string(root);
    if (!roots.count(code)) missing += " " + code;
  }
  EXPECT_EQ(missing, "") << "roots with no expected event:" << missing;
}

}  // namespace
}  // namespace dyad
