// Escaping text for XML and HTML (the formats writers and the red-line report).
#ifndef TANDEM_PIPELINE_FORMATS_XML_ESCAPE_H_
#define TANDEM_PIPELINE_FORMATS_XML_ESCAPE_H_

#include <string>
#include <string_view>

namespace tandem::formats {

// & < > " ' escaped; characters XML 1.0 forbids (C0 controls but tab, LF, CR) dropped.
std::string XmlEscape(std::string_view text);

}  // namespace tandem::formats

#endif  // TANDEM_PIPELINE_FORMATS_XML_ESCAPE_H_
