#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace plaint {

// One Internet message (RFC 5322 with MIME, RFC 2045-2047 and 2231), as
// e-mail programs save it in .eml files and mailboxes: headers unfolded and
// decoded (encoded words in UTF-8, GB2312/GBK/GB18030, Big5...), the readable
// text, and the attached files. Qt has no MIME parser; this one is small and
// strict about bounds, and lenient about what real mail programs write.
class MailMessage final
{
    Q_DECLARE_TR_FUNCTIONS(MailMessage)

public:
    struct Part
    {
        QString fileName;     // safe to use as a name (SafeFileName)
        QString mimeType;
        QByteArray data;      // transfer encoding undone
    };

    static Result<MailMessage> parse(QByteArrayView raw);

    QString subject;
    QString from;
    QString to;
    QString messageId;
    QDateTime date;           // invalid when the message has no readable Date
    QString text;             // the plain text, or the HTML part's text when there is no plain one
    QList<Part> attachments;
    // What is wrong with the message, for the user: "its attachment bill.pdf
    // is cut off…", "its text: it was labelled utf-8 but is not…". Empty when
    // nothing is.
    QStringList problems;

    // Header helpers, public for their tests.
    static QString decodeHeader(QByteArrayView value);
    static QDateTime parseDate(const QString &value);
    static QByteArray decodeQuotedPrintable(QByteArrayView data, bool headerForm = false);
};

} // namespace plaint
