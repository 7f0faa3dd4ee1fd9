#include "sha256.h"

#ifdef PLAINT_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace plaint {

#ifdef PLAINT_HAVE_OPENSSL

struct Sha256::Impl
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Impl() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>())
{
    // Only running out of memory makes either call fail.
    Q_CHECK_PTR(m_impl->context);
    EVP_DigestInit_ex(m_impl->context, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_impl->context, data.data(), size_t(data.size()));
}

QString Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_impl->context, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex());
}

#else

struct Sha256::Impl
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>()) {}
Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    m_impl->hash.addData(data);
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(m_impl->hash.result().toHex());
}

#endif

} // namespace plaint
