#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace atrium {

// A forward-only reader over encoded CBOR (RFC 8949) for the hot paths that only pick a few
// fields out of many items: no tree is built, keys are compared as bytes, and skipping a value
// costs no allocation. Any well-formed CBOR is accepted (indefinite lengths, tags, floats);
// anything else makes ok() false, and every read after that fails.
class CborCursor
{
public:
    // The cursor reads the bytes in place: they must outlive it (hence no temporaries).
    explicit CborCursor(QByteArrayView bytes) : m_p(reinterpret_cast<const uchar *>(bytes.data())), m_begin(m_p), m_end(m_p + bytes.size()) {}
    explicit CborCursor(QByteArray &&) = delete;

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    qsizetype offset() const { return m_p - m_begin; }

    // The major type (0-7) of the next item, without moving; nullopt at the end.
    std::optional<int> peekMajor() const;
    // Enters an array or a map. count is the number of elements (pairs for a map), or -1 when the
    // length is indefinite: then call atBreak() before each element.
    bool enterArray(qint64 &count) { return enter(4, count); }
    bool enterMap(qint64 &count) { return enter(5, count); }
    // For indefinite containers: true (and consumed) when the container ends here.
    bool atBreak();

    std::optional<qint64> readInteger();
    // A text string as QString, or as UTF-8.
    std::optional<QString> readText();
    std::optional<QByteArray> readTextUtf8();
    // A text string as a view of its UTF-8, valid until the next read (for comparing keys
    // without an allocation).
    std::optional<QByteArrayView> readTextView();
    // Skips one whole item (a container with everything in it).
    bool skip() { return skip(0); }

private:
    struct Head
    {
        int major = 0;
        int info = 0;
        quint64 value = 0; // the argument; for info 31 (indefinite) 0
    };
    std::optional<Head> head();
    bool enter(int major, qint64 &count);
    bool skip(int depth);
    bool fail()
    {
        m_ok = false;
        return false;
    }

    const uchar *m_p;
    const uchar *m_begin;
    const uchar *m_end;
    bool m_ok = true;
    QByteArray m_scratch; // an indefinite-length string, joined, for readTextView()
};

} // namespace atrium
