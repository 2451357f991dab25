package org.civitas.team.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A Git server over HTTP on 127.0.0.1, as a team's would be: Debian's {@code git http-backend}
 * behind a login (HTTP basic authentication with one user name and token), serving the bare
 * repositories of one folder for cloning, fetching and pushing.
 */
final class GitHttpServer implements AutoCloseable {

	private static final String BACKEND = "/usr/lib/git-core/git-http-backend";

	private final Server server;
	private final Path repositories;
	private final String expectedLogin;

	GitHttpServer(Path repositories, String user, String token) throws Exception {
		this.repositories = repositories;
		this.expectedLogin = "Basic " + Base64.getEncoder().encodeToString((user + ':' + token).getBytes(StandardCharsets.UTF_8));
		server = new Server(new InetSocketAddress("127.0.0.1", 0));
		server.setHandler(new Handler.Abstract() {
			@Override
			public boolean handle(Request request, Response response, Callback callback) throws Exception {
				serve(request, response, user);
				callback.succeeded();
				return true;
			}
		});
		server.start();
	}

	/** The address of a repository of the folder, e.g. {@code http://127.0.0.1:41234/shared.git}. */
	String address(String repository) {
		return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + '/' + repository;
	}

	private void serve(Request request, Response response, String user) throws IOException, InterruptedException {
		if (!expectedLogin.equals(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
			response.setStatus(401);
			response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"Civitas test\"");
			try (OutputStream body = Content.Sink.asOutputStream(response)) {
				body.write("login required\n".getBytes(StandardCharsets.UTF_8));
			}
			return;
		}
		ProcessBuilder backend = new ProcessBuilder(BACKEND).redirectError(ProcessBuilder.Redirect.DISCARD);
		Map<String, String> cgi = backend.environment();
		cgi.put("GIT_PROJECT_ROOT", repositories.toString());
		cgi.put("GIT_HTTP_EXPORT_ALL", "1");
		cgi.put("REMOTE_USER", user);
		cgi.put("REMOTE_ADDR", "127.0.0.1");
		cgi.put("REQUEST_METHOD", request.getMethod());
		cgi.put("PATH_INFO", Request.getPathInContext(request));
		String query = request.getHttpURI().getQuery();
		cgi.put("QUERY_STRING", query == null ? "" : query);
		String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
		cgi.put("CONTENT_TYPE", type == null ? "" : type);
		String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
		if (encoding != null) {
			cgi.put("HTTP_CONTENT_ENCODING", encoding);
		}
		String protocol = request.getHeaders().get("Git-Protocol");
		if (protocol != null) {
			cgi.put("GIT_PROTOCOL", protocol);
		}
		Process process = backend.start();
		try (InputStream requestBody = Content.Source.asInputStream(request); OutputStream toBackend = process.getOutputStream()) {
			requestBody.transferTo(toBackend);
		}
		byte[] output = process.getInputStream().readAllBytes();
		process.waitFor();
		int bodyStart = headerEnd(output);
		String headers = new String(output, 0, bodyStart, StandardCharsets.ISO_8859_1);
		for (String line : headers.split("\r?\n")) {
			int colon = line.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String name = line.substring(0, colon).trim();
			String value = line.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("Status")) {
				response.setStatus(Integer.parseInt(value.substring(0, 3)));
			} else {
				response.getHeaders().add(name, value);
			}
		}
		try (OutputStream body = Content.Sink.asOutputStream(response)) {
			body.write(output, bodyStart, output.length - bodyStart);
		}
	}

	/** Where the CGI headers end (after the first empty line). */
	private static int headerEnd(byte[] output) {
		for (int i = 0; i + 1 < output.length; i++) {
			if (output[i] == '\n' && output[i + 1] == '\n') {
				return i + 2;
			}
			if (i + 3 < output.length && output[i] == '\r' && output[i + 1] == '\n' && output[i + 2] == '\r' && output[i + 3] == '\n') {
				return i + 4;
			}
		}
		return output.length;
	}

	@Override
	public void close() throws Exception {
		server.stop();
	}
}
