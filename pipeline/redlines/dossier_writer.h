// Writing a dossier as a red-line file (urn:tandem:redlines:1), as the
// workbench saves it. LoadDossierBytes(DossierXml(d)) reads `d` back when `d`
// is valid; when it is not, the loader's error is the schema's message.
#ifndef TANDEM_PIPELINE_REDLINES_DOSSIER_WRITER_H_
#define TANDEM_PIPELINE_REDLINES_DOSSIER_WRITER_H_

#include <string>

#include "pipeline/redlines/dossier.h"

namespace tandem::redlines {

// The file's text, UTF-8, every value escaped; `path` and rule lines are not written.
std::string DossierXml(const Dossier& dossier);

}  // namespace tandem::redlines

#endif  // TANDEM_PIPELINE_REDLINES_DOSSIER_WRITER_H_
