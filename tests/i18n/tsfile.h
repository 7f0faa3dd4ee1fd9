#pragma once

// Reads a Qt Linguist .ts file into plain data for the translation checks.

#include <QFile>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    bool vanished = false; // "obsolete" or "vanished": no longer in the sources
    QString translation; // for a message without plural forms
    QStringList forms; // for a message with plural forms

    // What identifies a message to lupdate.
    QString key() const
    {
        return context + u'\x1f' + source + u'\x1f' + comment + (numerus ? QStringLiteral("\x1fN") : QString());
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    QSet<QString> keys() const
    {
        QSet<QString> result;
        for (const TsMessage &m : messages)
            if (!m.vanished)
                result.insert(m.key());
        return result;
    }

    static TsFile read(const QString &path)
    {
        TsFile ts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ts.error = file.errorString();
            return ts;
        }
        QXmlStreamReader xml(&file);
        QString context;
        TsMessage message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QLatin1StringView("type"));
                message.unfinished = type == u"unfinished";
                message.vanished = type == u"vanished" || type == u"obsolete";
                if (!message.numerus) {
                    message.translation = xml.readElementText();
                    ts.messages << message;
                } else {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"numerusform")
                            message.forms << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                    ts.messages << message;
                }
            }
        }
        if (xml.hasError())
            ts.error = xml.errorString();
        return ts;
    }
};
