#include "cborcursor.h"

#include <limits>

namespace atrium {

namespace {
constexpr int kMaxDepth = 64;
}

std::optional<CborCursor::Head> CborCursor::head()
{
    if (!m_ok || m_p >= m_end) {
        fail();
        return std::nullopt;
    }
    Head h;
    h.major = *m_p >> 5;
    h.info = *m_p & 0x1f;
    ++m_p;
    if (h.info < 24) {
        h.value = static_cast<quint64>(h.info);
    } else if (h.info <= 27) {
        const int bytes = 1 << (h.info - 24);
        if (m_end - m_p < bytes) {
            fail();
            return std::nullopt;
        }
        for (int i = 0; i < bytes; ++i)
            h.value = (h.value << 8) | *m_p++;
    } else if (h.info == 31 && (h.major >= 2 && h.major <= 5)) {
        h.value = 0; // indefinite length
    } else if (h.info == 31 && h.major == 7) {
        h.value = 0; // a break, read by atBreak()
    } else {
        fail();
        return std::nullopt;
    }
    return h;
}

std::optional<int> CborCursor::peekMajor() const
{
    if (!m_ok || m_p >= m_end)
        return std::nullopt;
    return *m_p >> 5;
}

bool CborCursor::atBreak()
{
    if (m_ok && m_p < m_end && *m_p == 0xff) {
        ++m_p;
        return true;
    }
    return false;
}

bool CborCursor::enter(int major, qint64 &count)
{
    const auto h = head();
    if (!h || h->major != major)
        return fail();
    if (h->info == 31) {
        count = -1;
        return true;
    }
    // Each element takes at least one byte: a count beyond what is left is malformed.
    if (h->value > static_cast<quint64>(m_end - m_p))
        return fail();
    count = static_cast<qint64>(h->value);
    return true;
}

std::optional<qint64> CborCursor::readInteger()
{
    const auto h = head();
    if (!h || (h->major != 0 && h->major != 1) || h->info == 31 || h->value > quint64(std::numeric_limits<qint64>::max())) {
        fail();
        return std::nullopt;
    }
    const auto v = static_cast<qint64>(h->value);
    return h->major == 0 ? v : -1 - v;
}

std::optional<QByteArray> CborCursor::readTextUtf8()
{
    const auto h = head();
    if (!h || h->major != 3) {
        fail();
        return std::nullopt;
    }
    auto take = [this](quint64 length) -> std::optional<QByteArray> {
        if (length > static_cast<quint64>(m_end - m_p)) {
            fail();
            return std::nullopt;
        }
        QByteArray out(reinterpret_cast<const char *>(m_p), static_cast<qsizetype>(length));
        m_p += length;
        return out;
    };
    if (h->info != 31)
        return take(h->value);
    QByteArray all; // indefinite: definite text chunks up to a break
    while (!atBreak()) {
        const auto chunk = head();
        if (!chunk || chunk->major != 3 || chunk->info == 31) {
            fail();
            return std::nullopt;
        }
        const auto part = take(chunk->value);
        if (!part)
            return std::nullopt;
        all += *part;
    }
    return all;
}

std::optional<QByteArrayView> CborCursor::readTextView()
{
    if (m_ok && m_p < m_end && (*m_p >> 5) == 3 && (*m_p & 0x1f) != 31) {
        const auto h = head();
        if (!h || h->value > static_cast<quint64>(m_end - m_p)) {
            fail();
            return std::nullopt;
        }
        const QByteArrayView view(reinterpret_cast<const char *>(m_p), static_cast<qsizetype>(h->value));
        m_p += h->value;
        return view;
    }
    auto joined = readTextUtf8();
    if (!joined)
        return std::nullopt;
    m_scratch = std::move(*joined);
    return QByteArrayView(m_scratch);
}

std::optional<QString> CborCursor::readText()
{
    const auto utf8 = readTextUtf8();
    if (!utf8)
        return std::nullopt;
    return QString::fromUtf8(*utf8);
}

bool CborCursor::skip(int depth)
{
    if (depth > kMaxDepth)
        return fail();
    const auto h = head();
    if (!h)
        return false;
    switch (h->major) {
    case 0:
    case 1:
        return h->info != 31 || fail();
    case 2:
    case 3:
        if (h->info == 31) {
            while (!atBreak()) {
                const auto chunk = head();
                if (!chunk || chunk->major != h->major || chunk->info == 31 || chunk->value > static_cast<quint64>(m_end - m_p))
                    return fail();
                m_p += chunk->value;
            }
            return true;
        }
        if (h->value > static_cast<quint64>(m_end - m_p))
            return fail();
        m_p += h->value;
        return true;
    case 4:
    case 5: {
        const int per = h->major == 5 ? 2 : 1;
        if (h->info == 31) {
            while (!atBreak())
                for (int i = 0; i < per; ++i)
                    if (!skip(depth + 1))
                        return false;
            return m_ok;
        }
        if (h->value > static_cast<quint64>(m_end - m_p))
            return fail();
        for (quint64 n = 0; n < h->value; ++n)
            for (int i = 0; i < per; ++i)
                if (!skip(depth + 1))
                    return false;
        return true;
    }
    case 6:
        return skip(depth + 1); // a tag and the item it tags
    default:
        return h->info != 31 || fail(); // simple values and floats (the argument was their bytes)
    }
}

} // namespace atrium
