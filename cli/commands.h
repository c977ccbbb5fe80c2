// The subcommands of `geokg`. Each parses its own arguments (argv[0] is the
// subcommand name) and returns the process exit code: 0 success, 1 the run
// failed, 2 bad usage or an unknown/ambiguous actor.
#pragma once

namespace geokg::cli {

int RunIngest(int argc, char** argv);     // cmd_ingest.cc
int RunExtract(int argc, char** argv);    // cmd_extract.cc
int RunParse(int argc, char** argv);      // cmd_parse.cc
int RunEval(int argc, char** argv);       // cmd_eval.cc
int RunStats(int argc, char** argv);      // cmd_store.cc
int RunDoc(int argc, char** argv);        // cmd_store.cc
int RunRemove(int argc, char** argv);     // cmd_store.cc
int RunCheck(int argc, char** argv);      // cmd_store.cc
int RunBackup(int argc, char** argv);     // cmd_store.cc
int RunUpgrade(int argc, char** argv);    // cmd_store.cc
int RunActors(int argc, char** argv);     // cmd_query.cc
int RunActor(int argc, char** argv);      // cmd_query.cc
int RunRelations(int argc, char** argv);  // cmd_query.cc
int RunPath(int argc, char** argv);       // cmd_query.cc
int RunNeighbors(int argc, char** argv);  // cmd_query.cc
int RunTop(int argc, char** argv);        // cmd_query.cc
int RunTimeline(int argc, char** argv);   // cmd_query.cc
int RunExport(int argc, char** argv);     // cmd_export.cc
int RunServe(int argc, char** argv);      // cmd_serve.cc
int RunDict(int argc, char** argv);       // cmd_dict.cc

}  // namespace geokg::cli
