package com.northbank.loandocs.pdf;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import com.adobe.pdfservices.operation.ExecutionContext;
import com.adobe.pdfservices.operation.io.FileRef;
import com.adobe.pdfservices.operation.pdfops.DocumentMergeOperation;
import com.adobe.pdfservices.operation.pdfops.options.documentmerge.DocumentMergeOptions;
import com.adobe.pdfservices.operation.pdfops.options.documentmerge.OutputFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.json.JSONObject;
import org.springframework.stereotype.Service;

@Service
public class AgreementRenderer {

    private final ExecutionContext context;
    private final ObjectMapper mapper;

    public AgreementRenderer(ExecutionContext context, ObjectMapper mapper) {
        this.context = context;
        this.mapper = mapper;
    }

    public byte[] render(InputStream template, Object facilityModel) throws Exception {
        JSONObject data = new JSONObject(mapper.writeValueAsString(facilityModel));
        DocumentMergeOptions options = new DocumentMergeOptions(data, OutputFormat.PDF);
        DocumentMergeOperation op = DocumentMergeOperation.createNew(options);
        op.setInput(FileRef.createFromStream(template,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        FileRef result = op.execute(context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.saveAs(out);
        return out.toByteArray();
    }
}
