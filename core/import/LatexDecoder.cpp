// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/LatexDecoder.h"

#include <QHash>

namespace stemma::core::import {
namespace {

/** Combining marks for the accent commands; composed with their base letter and NFC-normalised. */
QChar accentMark(const QString& command)
{
    static const QHash<QString, QChar> marks{
        {QStringLiteral("'"), QChar(0x0301)},
        {QStringLiteral("`"), QChar(0x0300)},
        {QStringLiteral("^"), QChar(0x0302)},
        {QStringLiteral("\""), QChar(0x0308)},
        {QStringLiteral("~"), QChar(0x0303)},
        {QStringLiteral("="), QChar(0x0304)},
        {QStringLiteral("."), QChar(0x0307)},
        {QStringLiteral("c"), QChar(0x0327)},
        {QStringLiteral("v"), QChar(0x030C)},
        {QStringLiteral("u"), QChar(0x0306)},
        {QStringLiteral("H"), QChar(0x030B)},
        {QStringLiteral("k"), QChar(0x0328)},
        {QStringLiteral("r"), QChar(0x030A)},
        {QStringLiteral("d"), QChar(0x0323)},
        {QStringLiteral("b"), QChar(0x0331)},
        {QStringLiteral("t"), QChar(0x0361)},
    };
    return marks.value(command);
}

/** Control words that stand for a character or a short text. */
const QHash<QString, QString>& symbols()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        auto add = [&t](const char* name, const char16_t* value) {
            t.insert(QString::fromLatin1(name), QString::fromUtf16(value));
        };
        add("ss", u"ß");
        add("SS", u"SS");
        add("o", u"ø");
        add("O", u"Ø");
        add("aa", u"å");
        add("AA", u"Å");
        add("ae", u"æ");
        add("AE", u"Æ");
        add("oe", u"œ");
        add("OE", u"Œ");
        add("l", u"ł");
        add("L", u"Ł");
        add("i", u"ı");
        add("j", u"ȷ");
        add("dh", u"ð");
        add("DH", u"Ð");
        add("th", u"þ");
        add("TH", u"Þ");
        add("ng", u"ŋ");
        add("NG", u"Ŋ");
        add("dj", u"đ");
        add("DJ", u"Đ");
        add("textendash", u"–");
        add("textemdash", u"—");
        add("textquoteleft", u"‘");
        add("textquoteright", u"’");
        add("textquotedblleft", u"“");
        add("textquotedblright", u"”");
        add("guillemotleft", u"«");
        add("guillemotright", u"»");
        add("textregistered", u"®");
        add("texttrademark", u"™");
        add("copyright", u"©");
        add("textcopyright", u"©");
        add("S", u"§");
        add("P", u"¶");
        add("dag", u"†");
        add("ddag", u"‡");
        add("pounds", u"£");
        add("textsterling", u"£");
        add("euro", u"€");
        add("texteuro", u"€");
        add("ldots", u"…");
        add("dots", u"…");
        add("cdots", u"⋯");
        add("textellipsis", u"…");
        add("textdegree", u"°");
        add("degree", u"°");
        add("circ", u"°");
        add("textperthousand", u"‰");
        add("textbullet", u"•");
        add("textasciitilde", u"~");
        add("textbackslash", u"\\");
        add("textunderscore", u"_");
        add("textbar", u"|");
        add("textless", u"<");
        add("textgreater", u">");
        add("LaTeX", u"LaTeX");
        add("TeX", u"TeX");
        add("BibTeX", u"BibTeX");
        add("quad", u" ");
        add("qquad", u" ");
        add("alpha", u"α");
        add("beta", u"β");
        add("gamma", u"γ");
        add("delta", u"δ");
        add("epsilon", u"ε");
        add("varepsilon", u"ε");
        add("zeta", u"ζ");
        add("eta", u"η");
        add("theta", u"θ");
        add("vartheta", u"ϑ");
        add("iota", u"ι");
        add("kappa", u"κ");
        add("lambda", u"λ");
        add("mu", u"μ");
        add("nu", u"ν");
        add("xi", u"ξ");
        add("pi", u"π");
        add("rho", u"ρ");
        add("sigma", u"σ");
        add("tau", u"τ");
        add("upsilon", u"υ");
        add("phi", u"φ");
        add("varphi", u"φ");
        add("chi", u"χ");
        add("psi", u"ψ");
        add("omega", u"ω");
        add("Gamma", u"Γ");
        add("Delta", u"Δ");
        add("Theta", u"Θ");
        add("Lambda", u"Λ");
        add("Xi", u"Ξ");
        add("Pi", u"Π");
        add("Sigma", u"Σ");
        add("Upsilon", u"Υ");
        add("Phi", u"Φ");
        add("Psi", u"Ψ");
        add("Omega", u"Ω");
        add("pm", u"±");
        add("mp", u"∓");
        add("times", u"×");
        add("div", u"÷");
        add("cdot", u"·");
        add("leq", u"≤");
        add("le", u"≤");
        add("geq", u"≥");
        add("ge", u"≥");
        add("neq", u"≠");
        add("ne", u"≠");
        add("approx", u"≈");
        add("sim", u"~");
        add("simeq", u"≃");
        add("equiv", u"≡");
        add("propto", u"∝");
        add("ll", u"≪");
        add("gg", u"≫");
        add("infty", u"∞");
        add("to", u"→");
        add("rightarrow", u"→");
        add("leftarrow", u"←");
        add("Rightarrow", u"⇒");
        add("leftrightarrow", u"↔");
        add("uparrow", u"↑");
        add("downarrow", u"↓");
        add("partial", u"∂");
        add("nabla", u"∇");
        add("sum", u"∑");
        add("prod", u"∏");
        add("int", u"∫");
        add("sqrt", u"√");
        add("in", u"∈");
        add("ell", u"ℓ");
        add("prime", u"′");
        add("ast", u"*");
        add("star", u"⋆");
        add("langle", u"⟨");
        add("rangle", u"⟩");
        add("vert", u"|");
        add("mid", u"|");
        add("cap", u"∩");
        add("cup", u"∪");
        add("emptyset", u"∅");
        add("forall", u"∀");
        add("exists", u"∃");
        add("neg", u"¬");
        add("wedge", u"∧");
        add("vee", u"∨");
        return t;
    }();
    return table;
}

/** Index of the brace closing the group opened at \a open, or the end of \a text when unbalanced. */
qsizetype closingBrace(QStringView text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\')) {
            ++i; // an escaped brace does not open or close a group
            continue;
        }
        if (text[i] == QLatin1Char('{'))
            ++depth;
        else if (text[i] == QLatin1Char('}') && --depth == 0)
            return i;
    }
    return text.size();
}

class Decoder
{
public:
    explicit Decoder(QStringView text, bool math = false)
        : m_text(text)
        , m_math(math)
    {
    }

    QString run()
    {
        QString out;
        out.reserve(m_text.size());
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('\\')) {
                ++m_pos;
                command(out);
            } else if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
                ++m_pos; // protective braces carry no text
            } else if (c == QLatin1Char('$')) {
                m_math = !m_math;
                ++m_pos;
            } else if (m_math && (c == QLatin1Char('^') || c == QLatin1Char('_'))) {
                ++m_pos; // sub- and superscripts keep their text, lose the marker
            } else if (c == QLatin1Char('~')) {
                out += QLatin1Char(' ');
                ++m_pos;
            } else if (!m_math && c == QLatin1Char('-') && peek(1) == QLatin1Char('-')) {
                const bool em = peek(2) == QLatin1Char('-');
                out += em ? QChar(0x2014) : QChar(0x2013);
                m_pos += em ? 3 : 2;
            } else if (c == QLatin1Char('`') && peek(1) == QLatin1Char('`')) {
                out += QChar(0x201C);
                m_pos += 2;
            } else if (c == QLatin1Char('\'') && peek(1) == QLatin1Char('\'')) {
                out += QChar(0x201D);
                m_pos += 2;
            } else {
                out += c;
                ++m_pos;
            }
        }
        return out;
    }

private:
    QChar peek(qsizetype ahead) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar(); }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    /** The argument of an accent: a {group}, a control word such as \i, or the next character. */
    QString accentArgument()
    {
        skipSpaces();
        if (m_pos >= m_text.size())
            return {};
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('{')) {
            const qsizetype close = closingBrace(m_text, m_pos);
            const QString inner = Decoder(m_text.mid(m_pos + 1, close - m_pos - 1), m_math).run();
            m_pos = std::min(close + 1, m_text.size());
            return inner;
        }
        if (c == QLatin1Char('\\')) {
            ++m_pos;
            QString word;
            command(word);
            return word;
        }
        ++m_pos;
        return QString(c);
    }

    void applyAccent(QString& out, QChar mark)
    {
        QString base = accentArgument();
        if (base.isEmpty())
            return;
        // Dotless i and j exist in LaTeX only to carry accents: \'{\i} is a plain í.
        if (base.front() == QChar(0x0131))
            base[0] = QLatin1Char('i');
        else if (base.front() == QChar(0x0237))
            base[0] = QLatin1Char('j');
        if (mark.isNull()) {
            out += base;
            return;
        }
        QString composed = base.left(1) + mark;
        out += composed.normalized(QString::NormalizationForm_C) + base.mid(1);
    }

    void command(QString& out)
    {
        if (m_pos >= m_text.size()) {
            out += QLatin1Char('\\');
            return;
        }
        const QChar c = m_text[m_pos];
        if (!c.isLetter()) {
            ++m_pos;
            const QString symbol(c);
            if (const QChar mark = accentMark(symbol); !mark.isNull()) {
                applyAccent(out, mark);
            } else if (QStringLiteral("&%_#${}").contains(c)) {
                out += c;
            } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('[') ||
                       c == QLatin1Char(']')) {
                m_math = c == QLatin1Char('(') || c == QLatin1Char('[');
            } else if (c == QLatin1Char('\\') || c == QLatin1Char(' ') || c == QLatin1Char(',') ||
                       c == QLatin1Char(';') || c == QLatin1Char(':')) {
                out += QLatin1Char(' ');
            }
            // \- (hyphenation point), \/ (italic correction), \! and \@ print nothing.
            return;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos].isLetter() && m_text[m_pos].unicode() < 128)
            ++m_pos;
        const QString name = m_text.mid(start, m_pos - start).toString();
        skipSpaces(); // TeX swallows the blanks after a control word
        if (const QChar mark = accentMark(name); !mark.isNull()) {
            applyAccent(out, mark);
            return;
        }
        if (const auto found = symbols().constFind(name); found != symbols().cend()) {
            out += *found;
            return;
        }
        if (name == QLatin1String("href") && peek(0) == QLatin1Char('{')) {
            // \href{url}{text}: the reader wants the text, not the link target.
            m_pos = std::min(closingBrace(m_text, m_pos) + 1, m_text.size());
            return;
        }
        // Formatting (\textit, \emph, \mbox, {\bf ...}) and unknown commands: drop the command, keep
        // what follows; its braces are removed like any other group.
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    bool m_math = false;
};

} // namespace

QString decodeLatex(const QString& text)
{
    if (!text.contains(QLatin1Char('\\')) && !text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('$')) &&
        !text.contains(QLatin1Char('~')) && !text.contains(QLatin1String("--")) &&
        !text.contains(QLatin1String("``")) && !text.contains(QLatin1String("''")) && !text.contains(QLatin1Char('}')))
        return text;
    return Decoder(text).run();
}

} // namespace stemma::core::import
