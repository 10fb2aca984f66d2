// Writing test .docx files (zip archives of XML parts) with libzip.
#ifndef TANDEM_TESTS_SUPPORT_DOCX_FIXTURE_H_
#define TANDEM_TESTS_SUPPORT_DOCX_FIXTURE_H_

#include <map>
#include <string>

namespace tandem::testing {

// Writes an archive holding `parts` (name -> content) at `path`. False on failure.
bool WriteZip(const std::string& path, const std::map<std::string, std::string>& parts);

// A minimal Word document whose body is `body_xml` (w:p and w:tbl elements),
// with optional styles and footnotes parts.
bool WriteDocx(const std::string& path, const std::string& body_xml, const std::string& styles_xml = "",
               const std::string& footnotes_xml = "");

}  // namespace tandem::testing

#endif  // TANDEM_TESTS_SUPPORT_DOCX_FIXTURE_H_
