#include "network/private_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace cohort::net
{

namespace
{

engine::Error fileError(const std::filesystem::path &path, const std::string &what)
{
    engine::Error error = engine::makeError(engine::ErrorCode::Io, what + ": " + std::strerror(errno),
                                            "check that the folder exists and is writable");
    error.file = path.string();
    return error;
}

engine::Result<void> writeWhole(const std::filesystem::path &path, const std::string &contents,
                                mode_t mode)
{
    std::filesystem::path temporary = path;
    temporary += ".tmp";
    // O_EXCL after removing a stale temporary: nobody else's file is ever written through.
    ::unlink(temporary.c_str());
    const int descriptor =
        ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (descriptor < 0)
        return fileError(temporary, "cannot create the file");
    // The mode is set again in case the umask took bits away from a public file.
    const bool written = ::fchmod(descriptor, mode) == 0
                         && ::write(descriptor, contents.data(), contents.size())
                                == static_cast<ssize_t>(contents.size())
                         && ::fsync(descriptor) == 0;
    const int savedErrno = errno;
    ::close(descriptor);
    if (!written)
    {
        ::unlink(temporary.c_str());
        errno = savedErrno;
        return fileError(temporary, "cannot write the file");
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0)
    {
        const engine::Error error = fileError(path, "cannot replace the file");
        ::unlink(temporary.c_str());
        return error;
    }
    return {};
}

} // namespace

engine::Result<void> writePrivateFile(const std::filesystem::path &path, const std::string &contents)
{
    return writeWhole(path, contents, S_IRUSR | S_IWUSR);
}

engine::Result<void> writePublicFile(const std::filesystem::path &path, const std::string &contents)
{
    return writeWhole(path, contents, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
}

engine::Result<std::string> readWholeFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
    {
        engine::Error error = engine::makeError(engine::ErrorCode::NotFound,
                                                "cannot open the file: " + std::string(std::strerror(errno)));
        error.file = path.string();
        return error;
    }
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

} // namespace cohort::net
