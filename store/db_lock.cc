#include "store/db_lock.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace geokg::store {

namespace {
std::string PidPath(const std::string& db_path) { return (std::filesystem::path(db_path) / kPidFileName).string(); }
}  // namespace

bool IsLockError(const rocksdb::Status& s) {
  if (!s.IsIOError()) return false;
  const std::string msg = s.ToString();
  return msg.find("/LOCK") != std::string::npos &&
         (msg.find("lock") != std::string::npos || msg.find("Resource temporarily unavailable") != std::string::npos);
}

Status BusyStatus(const std::string& db_path) {
  long pid = ReadPidFile(db_path);
  if (pid == static_cast<long>(::getpid())) {
    return Status::Busy("database " + db_path + " is already open for writing in this process (pid " +
                        std::to_string(pid) + ")");
  }
  if (pid > 0) {
    return Status::Busy("database " + db_path + " is in use by another geokg process (pid " + std::to_string(pid) +
                        "); wait for it to finish, or query it read-only");
  }
  return Status::Busy("database " + db_path + " is in use by another process (its LOCK is held)");
}

bool WriterIsRunning(const std::string& db_path) {
  if (ReadPidFile(db_path) == static_cast<long>(::getpid())) return true;
  int fd = ::open((std::filesystem::path(db_path) / "LOCK").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock probe = {};
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  bool held = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
  ::close(fd);
  return held;
}

void WritePidFile(const std::string& db_path) {
  std::string tmp = PidPath(db_path) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << ::getpid() << "\n";
    if (!out) return;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, PidPath(db_path), ec);
}

void RemovePidFile(const std::string& db_path) {
  if (ReadPidFile(db_path) == static_cast<long>(::getpid())) {
    std::error_code ec;
    std::filesystem::remove(PidPath(db_path), ec);
  }
}

long ReadPidFile(const std::string& db_path) {
  std::ifstream in(PidPath(db_path));
  long pid = 0;
  if (!(in >> pid) || pid <= 0) return 0;
  return pid;
}

}  // namespace geokg::store
