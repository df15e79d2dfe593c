package org.demarche.campaigns.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Completes the XMP metadata openhtmltopdf writes for PDF/A (title, author, creation date, the
 * PDF/A and PDF/UA identification) with what it leaves out: the language the letter is written in
 * ({@code dc:language}), which archives catalogue documents by. The document catalogue's
 * {@code /Lang}, which screen readers use, comes from the HTML's {@code lang}.
 *
 * <p>The packet is edited as XML rather than read into xmpbox and written again, so that the
 * PDF/A extension schemas openhtmltopdf declares stay exactly as written.
 */
final class ArchivalMetadata {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private ArchivalMetadata() {
    }

    static void addLanguage(PDDocument document, String language) throws IOException {
        PDMetadata stream = document.getDocumentCatalog().getMetadata();
        if (stream == null) {
            throw new IllegalStateException("The PDF/A rendering wrote no XMP metadata");
        }
        Document xmp;
        try (InputStream in = stream.exportXMPMetadata()) {
            xmp = parser().parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("Cannot read the XMP metadata openhtmltopdf wrote", e);
        }
        Element description = dublinCoreDescription(xmp);
        Element property = xmp.createElementNS(DC, "dc:language");
        Element bag = xmp.createElementNS(RDF, "rdf:Bag");
        Element item = xmp.createElementNS(RDF, "rdf:li");
        item.setTextContent(language);
        bag.appendChild(item);
        property.appendChild(bag);
        description.appendChild(property);
        stream.importXMPMetadata(serialise(xmp));
    }

    /** The rdf:Description holding Dublin Core properties, or a new one beside the others. */
    private static Element dublinCoreDescription(Document xmp) {
        NodeList descriptions = xmp.getElementsByTagNameNS(RDF, "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            Element description = (Element) descriptions.item(i);
            if (description.getElementsByTagNameNS(DC, "*").getLength() > 0) {
                return description;
            }
        }
        NodeList rdf = xmp.getElementsByTagNameNS(RDF, "RDF");
        if (rdf.getLength() == 0) {
            throw new IllegalStateException("The XMP metadata has no rdf:RDF element");
        }
        Element description = xmp.createElementNS(RDF, "rdf:Description");
        description.setAttributeNS(RDF, "rdf:about", "");
        description.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:dc", DC);
        rdf.item(0).appendChild(description);
        return description;
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // our own renderer's output, but an XML parser here never needs to reach outside
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }

    private static byte[] serialise(Document xmp) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(xmp), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("Cannot write the XMP metadata", e);
        }
    }
}
