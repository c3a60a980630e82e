package org.oas.cim.pipeline.page;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** The page parsed as XML (it is written so that it parses as XML too), queried with XPath. */
final class PageDom {
    private final Document document;

    private PageDom(Document document) {
        this.document = document;
    }

    static PageDom parse(String page) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setExpandEntityReferences(false);
            return new PageDom(factory.newDocumentBuilder().parse(new InputSource(new StringReader(page))));
        } catch (Exception e) {
            throw new AssertionError("the page does not parse as XML", e);
        }
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new AssertionError("bad XPath " + xpath, e);
        }
    }

    Element one(String xpath) {
        List<Element> found = all(xpath);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements match " + xpath + ", expected one");
        }
        return found.get(0);
    }

    /** The text of the element's own {@code <title>} child. */
    static String title(Element element) {
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals("title")) {
                return e.getTextContent();
            }
        }
        throw new AssertionError(element.getTagName() + " has no title");
    }

    /** The element's own text, without that of its children (a label's {@code <title>} repeats it in full). */
    static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }
}
