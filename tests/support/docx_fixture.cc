#include "tests/support/docx_fixture.h"

#include <zip.h>

namespace tandem::testing {

bool WriteZip(const std::string& path, const std::map<std::string, std::string>& parts) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!archive) return false;
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!source || zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(source);
      zip_discard(archive);
      return false;
    }
  }
  return zip_close(archive) == 0;
}

bool WriteDocx(const std::string& path, const std::string& body_xml, const std::string& styles_xml,
               const std::string& footnotes_xml) {
  const std::string ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  std::map<std::string, std::string> parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
       "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
       "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
      {"word/document.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ns + "><w:body>" + body_xml + "</w:body></w:document>"},
  };
  if (!styles_xml.empty()) {
    parts["word/styles.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + ns + ">" + styles_xml + "</w:styles>";
  }
  if (!footnotes_xml.empty()) {
    parts["word/footnotes.xml"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " + ns + ">" + footnotes_xml + "</w:footnotes>";
  }
  return WriteZip(path, parts);
}

}  // namespace tandem::testing
