#include "pdfa1b.h"

#include <QFile>
#include <QtEndian>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

// The number of glyphs in a CFF font program: the count of its CharStrings
// INDEX, found through the Top DICT. Cairo's CID subsets number their
// glyphs' CIDs 0 … n−1, which is what the CIDSet then lists.
int cffGlyphCount(const QByteArray &cff)
{
    const auto *p = reinterpret_cast<const uchar *>(cff.constData());
    const qsizetype size = cff.size();
    auto indexEnd = [&](qsizetype at, qsizetype *firstData, qsizetype *firstEnd) -> qsizetype {
        if (at + 2 > size)
            return -1;
        const int count = qFromBigEndian<quint16>(p + at);
        if (count == 0)
            return at + 2;
        if (at + 3 > size)
            return -1;
        const int offSize = p[at + 2];
        const qsizetype offsets = at + 3;
        auto offset = [&](int i) -> qsizetype {
            qsizetype v = 0;
            for (int b = 0; b < offSize; ++b)
                v = (v << 8) | p[offsets + qsizetype(i) * offSize + b];
            return v;
        };
        if (offSize < 1 || offSize > 4 || offsets + qsizetype(count + 1) * offSize > size)
            return -1;
        const qsizetype data = offsets + qsizetype(count + 1) * offSize - 1;
        if (firstData) {
            *firstData = data + offset(0);
            *firstEnd = data + offset(1);
        }
        return data + offset(count);
    };
    if (size < 4)
        return 0;
    const qsizetype names = p[2];
    const qsizetype topIndex = indexEnd(names, nullptr, nullptr);
    qsizetype dict = 0, dictEnd = 0;
    if (topIndex < 0 || indexEnd(topIndex, &dict, &dictEnd) < 0 || dictEnd > size)
        return 0;
    // The Top DICT: operands, then an operator; CharStrings is operator 17.
    qint64 last = -1;
    for (qsizetype at = dict; at < dictEnd;) {
        const uchar b = p[at];
        if (b == 28 && at + 3 <= dictEnd) {
            last = qint16(qFromBigEndian<quint16>(p + at + 1));
            at += 3;
        } else if (b == 29 && at + 5 <= dictEnd) {
            last = qint32(qFromBigEndian<quint32>(p + at + 1));
            at += 5;
        } else if (b == 30) {
            ++at;
            while (at < dictEnd && (p[at] & 0x0F) != 0x0F && (p[at] >> 4) != 0x0F)
                ++at;
            ++at;
        } else if (b >= 32 && b <= 246) {
            last = b - 139;
            ++at;
        } else if (b >= 247 && b <= 250 && at + 2 <= dictEnd) {
            last = (b - 247) * 256 + p[at + 1] + 108;
            at += 2;
        } else if (b >= 251 && b <= 254 && at + 2 <= dictEnd) {
            last = -(b - 251) * 256 - p[at + 1] - 108;
            at += 2;
        } else if (b == 17) {
            if (last < 0 || last + 2 > size)
                return 0;
            return qFromBigEndian<quint16>(p + last);
        } else {
            at += b == 12 ? 2 : 1;
        }
    }
    return 0;
}

QByteArray bytes(const std::shared_ptr<Buffer> &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

void addCidSets(QPDF &pdf)
{
    std::set<QPDFObjGen> done;
    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle fonts = page.getAttribute("/Resources", false).getKey("/Font");
        if (!fonts.isDictionary())
            continue;
        for (const std::string &key : fonts.getKeys()) {
            QPDFObjectHandle font = fonts.getKey(key);
            if (font.getKey("/Subtype").isNameAndEquals("/Type0") && font.getKey("/DescendantFonts").isArray())
                font = font.getKey("/DescendantFonts").getArrayItem(0);
            QPDFObjectHandle descriptor = font.getKey("/FontDescriptor");
            if (!descriptor.isDictionary() || descriptor.hasKey("/CIDSet") || !done.insert(descriptor.getObjGen()).second)
                continue;
            QPDFObjectHandle program = descriptor.getKey("/FontFile3");
            if (!program.isStream() || !program.getDict().getKey("/Subtype").isNameAndEquals("/CIDFontType0C"))
                continue;
            const int glyphs = cffGlyphCount(bytes(program.getStreamData(qpdf_dl_generalized)));
            if (glyphs <= 0)
                continue;
            std::string bits(size_t((glyphs + 7) / 8), '\0');
            for (int cid = 0; cid < glyphs; ++cid)
                bits[size_t(cid / 8)] = char(uchar(bits[size_t(cid / 8)]) | (0x80 >> (cid % 8)));
            descriptor.replaceKey("/CIDSet", QPDFObjectHandle::newStream(&pdf, bits));
        }
    }
}

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

std::string pdfDate(const QDateTime &at)
{
    return at.toUTC().toString(u"'D:'yyyyMMddHHmmss'Z'"_s).toStdString();
}

} // namespace

QString PdfA1b::obstacle(const DossierModel &m, bool attachOriginals)
{
    if (attachOriginals)
        return u"the original files are embedded"_s;
    for (const DossierModel::Exhibit &x : m.exhibits) {
        const ExhibitFile &f = x.file;
        if (f.problem != ExhibitFile::Problem::None)
            continue;
        if (f.kind == ExhibitFile::Kind::Pdf && f.rasterPages.isEmpty())
            return u"exhibit %1 is a PDF shown as its own pages"_s.arg(x.number);
        if (!f.alphaPath.isEmpty())
            return u"exhibit %1 is a picture with transparency"_s.arg(x.number);
        if (f.rawPath.isEmpty() && f.kind == ExhibitFile::Kind::Png && f.bitsPerComponent > 8)
            return u"exhibit %1 is a 16-bit picture"_s.arg(x.number);
    }
    return {};
}

void PdfA1b::apply(QPDF &pdf, const Info &info)
{
    QPDFObjectHandle root = pdf.getRoot();
    // The document information, and the same in XMP.
    QPDFObjectHandle documentInfo = QPDFObjectHandle::newDictionary();
    auto put = [&documentInfo](const char *key, const QString &value) {
        if (!value.isEmpty())
            documentInfo.replaceKey(key, QPDFObjectHandle::newUnicodeString(value.toStdString()));
    };
    put("/Title", info.title);
    put("/Author", info.author);
    put("/Subject", info.subject);
    put("/Keywords", info.keywords);
    put("/Creator", info.creator);
    put("/Producer", info.producer);
    documentInfo.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(info.created)));
    documentInfo.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(info.created)));
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(documentInfo));

    const QString when = info.created.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
    QString x = u"<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"_s;
    x += u"<dc:format>application/pdf</dc:format>\n"_s;
    if (!info.title.isEmpty())
        x += u"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"_s.arg(xml(info.title));
    if (!info.author.isEmpty())
        x += u"<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n"_s.arg(xml(info.author));
    if (!info.subject.isEmpty())
        x += u"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:description>\n"_s.arg(xml(info.subject));
    x += u"</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"_s;
    if (!info.keywords.isEmpty())
        x += u"<pdf:Keywords>%1</pdf:Keywords>\n"_s.arg(xml(info.keywords));
    x += u"<pdf:Producer>%1</pdf:Producer>\n</rdf:Description>\n"_s.arg(xml(info.producer));
    x += u"<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
         "<xmp:CreatorTool>%1</xmp:CreatorTool>\n<xmp:CreateDate>%2</xmp:CreateDate>\n<xmp:ModifyDate>%2</xmp:ModifyDate>\n"
         "</rdf:Description>\n"_s.arg(xml(info.creator), when);
    x += u"<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
         "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n"
         "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>"_s;
    QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, x.toUtf8().toStdString());
    metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    root.replaceKey("/Metadata", metadata);

    // The colours are meant in sRGB.
    QFile icc(u":/plaint/color/sRGB.icc"_s);
    if (icc.open(QIODevice::ReadOnly)) {
        QPDFObjectHandle profile = QPDFObjectHandle::newStream(&pdf, icc.readAll().toStdString());
        profile.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
        QPDFObjectHandle intent = QPDFObjectHandle::newDictionary();
        intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
        intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
        intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
        intent.replaceKey("/Info", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
        intent.replaceKey("/DestOutputProfile", profile);
        QPDFObjectHandle intents = QPDFObjectHandle::newArray();
        intents.appendItem(intent);
        root.replaceKey("/OutputIntents", intents);
    }

    // Cairo groups each page for transparency it does not use here.
    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages())
        page.getObjectHandle().removeKey("/Group");
    addCidSets(pdf);
}

} // namespace plaint
