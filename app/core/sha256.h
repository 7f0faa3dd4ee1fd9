#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace plaint {

// SHA-256 for evidence content, which is hashed whole on every attach, read
// and verify. Uses OpenSSL's libcrypto when Plaint is built with it (it uses
// the CPU's SHA instructions: about 1.8 GB/s on a current x86 core, where
// Qt 6.4's QCryptographicHash manages about 220 MB/s), QCryptographicHash
// otherwise. Both give the same digest.
class Sha256 final
{
    Q_DISABLE_COPY_MOVE(Sha256)

public:
    Sha256();
    ~Sha256();

    void addData(QByteArrayView data);
    // Lower-case hex, as evidence is addressed. Call once.
    QString hexResult();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace plaint
