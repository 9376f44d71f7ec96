package org.dateline.bench;

import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.sax.BoilerpipeHTMLContentHandler;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Feeds a jsoup tree to boilerpipe's SAX content handler, in place of the NekoHTML parser boilerpipe
 * normally reads pages with (not a dependency here); element names are upper case, as NekoHTML reports
 * them and boilerpipe's tag actions expect.
 */
final class JsoupSaxBridge {

    private JsoupSaxBridge() {
    }

    static TextDocument textDocument(Document page) {
        var handler = new BoilerpipeHTMLContentHandler();
        try {
            handler.startDocument();
            page.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    try {
                        if (node instanceof Element element && !(node instanceof Document)) {
                            String name = element.normalName().toUpperCase(Locale.ROOT);
                            var attributes = new AttributesImpl();
                            for (Attribute a : element.attributes()) attributes.addAttribute("", a.getKey(), a.getKey(), "CDATA", a.getValue());
                            handler.startElement("", name, name, attributes);
                        } else if (node instanceof TextNode text) {
                            char[] chars = text.getWholeText().toCharArray();
                            handler.characters(chars, 0, chars.length);
                        }
                    } catch (SAXException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (!(node instanceof Element element) || node instanceof Document) return;
                    String name = element.normalName().toUpperCase(Locale.ROOT);
                    try {
                        handler.endElement("", name, name);
                    } catch (SAXException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            handler.endDocument();
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return handler.toTextDocument();
    }
}
