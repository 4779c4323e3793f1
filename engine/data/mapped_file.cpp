#include "data/mapped_file.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cohort::engine
{

Result<MappedFile> MappedFile::open(const std::string &path)
{
    const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
    {
        Error error = makeError(ErrorCode::NotFound,
                                Reason{ReasonCode::CannotOpenFile, {std::strerror(errno)}},
                                "check the path and that you may read it");
        error.file = path;
        return error;
    }
    struct stat status
    {
    };
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode))
    {
        ::close(descriptor);
        Error error = makeError(ErrorCode::InvalidInput, Reason{ReasonCode::NotARegularFile, {}},
                                "choose a CSV file, not a folder or device");
        error.file = path;
        return error;
    }
    const auto size = static_cast<std::size_t>(status.st_size);
    if (size == 0)
    {
        ::close(descriptor);
        return MappedFile(nullptr, 0);
    }
    // MAP_POPULATE reads the whole file in one go instead of faulting page by page.
    void *data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0);
    ::close(descriptor);
    if (data == MAP_FAILED)
    {
        Error error =
            makeError(ErrorCode::Io, Reason{ReasonCode::CannotReadFile, {std::strerror(errno)}});
        error.file = path;
        return error;
    }
    return MappedFile(data, size);
}

MappedFile::MappedFile(MappedFile &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

MappedFile &MappedFile::operator=(MappedFile &&other) noexcept
{
    std::swap(m_data, other.m_data);
    std::swap(m_size, other.m_size);
    return *this;
}

MappedFile::~MappedFile()
{
    if (m_data)
        ::munmap(m_data, m_size);
}

} // namespace cohort::engine
