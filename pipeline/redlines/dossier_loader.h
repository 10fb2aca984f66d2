// Reading red-line files: XML validated against redlines.rng (libxml2's
// RELAX NG), then the rules RELAX NG cannot state.
#ifndef TANDEM_PIPELINE_REDLINES_DOSSIER_LOADER_H_
#define TANDEM_PIPELINE_REDLINES_DOSSIER_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/error.h"
#include "pipeline/redlines/dossier.h"

namespace tandem::redlines {

// Reads the dossier at `path`. Errors (kIo, kEmpty, kMalformed) name the file
// and the line: not well-formed XML, an element or attribute the schema does
// not allow, a duplicate rule id, a rule missing its French or Dutch side,
// min above max, an unreadable number.
Result<Dossier> LoadDossier(const std::string& path);

// The same for bytes in memory; `source` names them in errors.
Result<Dossier> LoadDossierBytes(std::string_view xml, const std::string& source);

// The dossiers of `paths`: files, and folders whose *.xml files are read in
// name order. Stops at the first error (a clerk must not check against half
// of what was agreed).
Result<std::vector<Dossier>> LoadDossiers(const std::vector<std::string>& paths);

}  // namespace tandem::redlines

#endif  // TANDEM_PIPELINE_REDLINES_DOSSIER_LOADER_H_
