package org.civitas.app.welcome;

import java.util.List;

import org.civitas.portfolio.ui.RecentPortfolios;
import org.civitas.portfolio.ui.UiIds;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.part.IntroPart;

/**
 * The Welcome: what Civitas is, then where to start (an example, a new portfolio, a guided
 * tour, the board's guide) and, for a returning user, the portfolios opened last. Plain SWT
 * forms, no browser, so that it costs the first start nothing noticeable. The workbench shows
 * it on the first start only; Help > Welcome brings it back.
 */
public final class WelcomePart extends IntroPart {

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Welcome_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().margins(24, 16).spacing(0, 18).applyTo(body);

		Control summary = toolkit.createLabel(body, Messages.Welcome_summary, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(summary);

		WelcomeActions actions = new WelcomeActions(getIntroSite().getWorkbenchWindow(), this::close);
		Composite start = section(body, Messages.Welcome_start);
		IWorkbench workbench = PlatformUI.getWorkbench();
		ISharedImages images = workbench.getSharedImages();
		link(start, "welcome.example", IDE.SharedImages.IMG_OBJ_PROJECT, images, Messages.Welcome_example, //$NON-NLS-1$
				Messages.Welcome_exampleDescription, actions::openExample);
		link(start, "welcome.create", ISharedImages.IMG_OBJ_ADD, images, Messages.Welcome_create, //$NON-NLS-1$
				Messages.Welcome_createDescription, actions::createPortfolio);
		link(start, "welcome.tour", ISharedImages.IMG_OBJ_ELEMENT, images, Messages.Welcome_tour, //$NON-NLS-1$
				Messages.Welcome_tourDescription, actions::startTour);
		link(start, "welcome.boardGuide", ISharedImages.IMG_LCL_LINKTO_HELP, images, Messages.Welcome_boardGuide, //$NON-NLS-1$
				Messages.Welcome_boardGuideDescription, actions::readBoardGuide);

		List<IFile> recent = RecentPortfolios.list(ResourcesPlugin.getWorkspace().getRoot());
		if (!recent.isEmpty()) {
			Composite recentList = section(body, Messages.Welcome_recent);
			for (IFile portfolio : recent) {
				link(recentList, "welcome.recent." + portfolio.getFullPath(), ISharedImages.IMG_OBJ_FILE, images, //$NON-NLS-1$
						portfolio.getName(), NLS.bind(Messages.Welcome_recentDescription,
								portfolio.getParent().getFullPath().makeRelative()),
						() -> actions.openPortfolio(portfolio));
			}
		}
	}

	private Composite section(Composite body, String title) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().margins(4, 6).spacing(0, 2).applyTo(client);
		section.setClient(client);
		return client;
	}

	private void link(Composite parent, String id, String imageKey, ISharedImages images, String text, String description,
			Runnable action) {
		ImageHyperlink link = toolkit.createImageHyperlink(parent, SWT.NONE);
		Image image = images.getImage(imageKey);
		link.setImage(image);
		link.setText(text);
		link.setData(UiIds.KEY, id);
		link.setFont(JFaceResources.getBannerFont());
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				action.run();
			}
		});
		Control detail = toolkit.createLabel(parent, description, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).indent(image.getBounds().width + 6, 0)
				.applyTo(detail);
		detail.setData(UiIds.KEY, id + ".description"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().indent(0, 8).applyTo(link);
	}

	/**
	 * Closes the Welcome and gives the editors and views their places back: the full-window
	 * Welcome is turned into its small standby form first, since a part that opens while the
	 * Welcome is closed from its full size would otherwise fill the window in its place.
	 */
	private void close() {
		IIntroManager intros = PlatformUI.getWorkbench().getIntroManager();
		intros.setIntroStandby(this, true);
		intros.closeIntro(this);
	}

	@Override
	public void standbyStateChanged(boolean standby) {
		// The page is the same in the small standby view: nothing to rearrange.
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
